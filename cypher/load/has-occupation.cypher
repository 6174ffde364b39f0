// (Profession)-[:HAS_OCCUPATION]->(OccupationCode). Row: {from: profession id, code}.
UNWIND $rows AS r
MATCH (p:Profession {id: r.from, graphVersion: $version})
MATCH (o:OccupationCode {code: r.code, graphVersion: $version})
MERGE (p)-[:HAS_OCCUPATION]->(o)
RETURN count(*) AS written
