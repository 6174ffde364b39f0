// (Profession)-[:IN_STANDARD]->(Standard). Row: {from: profession id, to: standard id}.
UNWIND $rows AS r
MATCH (p:Profession {id: r.from, graphVersion: $version})
MATCH (s:Standard {id: r.to, graphVersion: $version})
MERGE (p)-[:IN_STANDARD]->(s)
RETURN count(*) AS written
