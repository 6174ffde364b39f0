// (Profession)-[:REQUIRES_KNOWLEDGE]->(Knowledge). Row: {from: profession id, to: knowledge id}.
UNWIND $rows AS r
MATCH (p:Profession {id: r.from, graphVersion: $version})
MATCH (k:Knowledge {id: r.to, graphVersion: $version})
MERGE (p)-[:REQUIRES_KNOWLEDGE]->(k)
RETURN count(*) AS written
