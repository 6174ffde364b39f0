// All standards of graph version $version, with the loaded editions each replaces (and why) and the orders its
// texts name (in printed order: position).
MATCH (s:Standard {graphVersion: $version})
RETURN s.id AS id, s.code AS code, s.titleKk AS titleKk, s.titleRu AS titleRu, s.oked AS oked,
       s.version AS version, s.approval AS approval, s.approvedOn AS approvedOn, s.repealed AS repealed, s.sources AS sources,
       [(s)-[e:REPLACES]->(o:Standard) WHERE o.graphVersion = $version
          | {older: o.id, evidence: e.evidence, source: e.source, line: e.line}] AS replaces,
       [(s)-[e:REPEALS|REPEALED_BY|NEW_EDITION_OF]->(a:Act) WHERE a.graphVersion = $version
          | {kind: type(e), order: a.number, date: a.date, source: e.source, line: e.line, position: e.position}] AS relations
ORDER BY id
