// (Profession)-[:REQUIRES_SKILL]->(Skill). Row: {from: profession id, to: skill id}.
UNWIND $rows AS r
MATCH (p:Profession {id: r.from, graphVersion: $version})
MATCH (s:Skill {id: r.to, graphVersion: $version})
MERGE (p)-[:REQUIRES_SKILL]->(s)
RETURN count(*) AS written
