// What do two professions have in common: the skills and knowledge both require, and how large that share is
// (Jaccard index over skills and knowledge together)?
// Parameters, e.g. in Browser:  :param a => 'profession id'   :param b => 'another profession id'
MATCH (state:GraphState {id: 'current'})
MATCH (a:Profession {id: $a, graphVersion: state.version})
MATCH (b:Profession {id: $b, graphVersion: state.version})
OPTIONAL MATCH (a)-[:REQUIRES_SKILL|REQUIRES_KNOWLEDGE]->(item)<-[:REQUIRES_SKILL|REQUIRES_KNOWLEDGE]-(b)
WITH a, b, collect(DISTINCT item) AS shared
CALL (a) { MATCH (a)-[:REQUIRES_SKILL|REQUIRES_KNOWLEDGE]->(i) RETURN count(DISTINCT i) AS ofA }
CALL (b) { MATCH (b)-[:REQUIRES_SKILL|REQUIRES_KNOWLEDGE]->(i) RETURN count(DISTINCT i) AS ofB }
RETURN a.titleRu AS professionA, b.titleRu AS professionB, size(shared) AS sharedItems, ofA, ofB,
       CASE WHEN ofA + ofB - size(shared) = 0 THEN 0.0
            ELSE toFloat(size(shared)) / (ofA + ofB - size(shared)) END AS jaccard,
       [i IN shared WHERE i:Skill | i.text] AS sharedSkills,
       [i IN shared WHERE i:Knowledge | i.text] AS sharedKnowledge
