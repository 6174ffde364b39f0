// Editions: the newer edition of a standard REPLACES the older one (both loaded, never merged). Row: {from, to}, the
// ids of the newer and the older Standard of graph version $version.
UNWIND $rows AS r
MATCH (a:Standard {id: r.from, graphVersion: $version})
MATCH (b:Standard {id: r.to, graphVersion: $version})
MERGE (a)-[e:REPLACES]->(b)
RETURN count(e) AS written
