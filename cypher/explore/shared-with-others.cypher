// What does one profession share with all others: skills, knowledge and occupation code, ranked by how much
// is shared? Useful to see which professions are its nearest neighbours outside the printed links.
// Parameters:  :param id => 'profession id'
MATCH (state:GraphState {id: 'current'})
MATCH (p:Profession {id: $id, graphVersion: state.version})
MATCH (p)-[:REQUIRES_SKILL|REQUIRES_KNOWLEDGE|HAS_OCCUPATION]->(shared)<-[:REQUIRES_SKILL|REQUIRES_KNOWLEDGE|HAS_OCCUPATION]-(other:Profession)
WITH other, count(CASE WHEN shared:Skill THEN 1 END) AS skills,
     count(CASE WHEN shared:Knowledge THEN 1 END) AS knowledge,
     count(CASE WHEN shared:OccupationCode THEN 1 END) > 0 AS sameOccupation
RETURN other.titleRu AS profession, other.level AS level, other.standardId AS standard, skills, knowledge,
       sameOccupation
ORDER BY skills + knowledge DESC, profession
LIMIT 25
