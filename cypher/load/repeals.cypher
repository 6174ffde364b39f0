// Printed relation REPEALS: the standard's text repeals the order («признать утратившим силу приказ …»).
// Row: {from, act, source, line, position}: the Standard's id, the Act's id (see acts.cypher), the file and line
// that print it, and the relation's place among the standard's printed relations (read back in that order).
UNWIND $rows AS r
MATCH (s:Standard {id: r.from, graphVersion: $version})
MATCH (a:Act {id: r.act, graphVersion: $version})
MERGE (s)-[e:REPEALS {source: r.source, line: r.line}]->(a)
SET e.position = r.position
RETURN count(e) AS written
