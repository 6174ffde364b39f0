// Printed relation REPEALED_BY: the standard was repealed by the order (footnote «Утратил силу приказом …», or its
// act folder's meta.yaml).
// Row: {from, act, source, line, position}: the Standard's id, the Act's id (see acts.cypher), the file and line
// that print it, and the relation's place among the standard's printed relations (read back in that order).
UNWIND $rows AS r
MATCH (s:Standard {id: r.from, graphVersion: $version})
MATCH (a:Act {id: r.act, graphVersion: $version})
MERGE (s)-[e:REPEALED_BY {source: r.source, line: r.line}]->(a)
SET e.position = r.position
RETURN count(e) AS written
