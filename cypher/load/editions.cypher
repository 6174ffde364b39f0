// Editions: the newer edition of a standard REPLACES the older one (both loaded, never merged), with what the texts
// print that makes them editions of one standard. Row: {from, to, evidence, source, line}: the ids of the newer and
// the older Standard of graph version $version, the evidence (same code, same title, or a printed line naming the
// other's approving order), and that line's file and number (null when the evidence is not one printed line).
UNWIND $rows AS r
MATCH (a:Standard {id: r.from, graphVersion: $version})
MATCH (b:Standard {id: r.to, graphVersion: $version})
MERGE (a)-[e:REPLACES]->(b)
SET e.evidence = r.evidence,
    e.source = r.source,
    e.line = r.line
RETURN count(e) AS written
