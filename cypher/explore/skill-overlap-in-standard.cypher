// Inside one standard, which pairs of professions share the most skills? Shows where a worker can move with
// the least retraining.
// Parameters:  :param standardCode => 'the standard code'   :param top => 20
MATCH (state:GraphState {id: 'current'})
MATCH (s:Standard {code: $standardCode, graphVersion: state.version})
MATCH (a:Profession)-[:IN_STANDARD]->(s)<-[:IN_STANDARD]-(b:Profession)
WHERE a.id < b.id
MATCH (a)-[:REQUIRES_SKILL]->(skill:Skill)<-[:REQUIRES_SKILL]-(b)
WITH a, b, count(skill) AS sharedSkills, collect(skill.text)[..5] AS examples
RETURN a.titleRu AS professionA, a.level AS levelA, b.titleRu AS professionB, b.level AS levelB,
       sharedSkills, examples
ORDER BY sharedSkills DESC, professionA, professionB
LIMIT $top
