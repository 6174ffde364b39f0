// (Profession)-[:AT_LEVEL]->(QualificationLevel). Row: {from: profession id, level}.
UNWIND $rows AS r
MATCH (p:Profession {id: r.from, graphVersion: $version})
MATCH (l:QualificationLevel {level: r.level, graphVersion: $version})
MERGE (p)-[:AT_LEVEL]->(l)
RETURN count(*) AS written
