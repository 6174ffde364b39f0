// All standards of graph version $version.
MATCH (s:Standard {graphVersion: $version})
RETURN s.id AS id, s.code AS code, s.titleKk AS titleKk, s.titleRu AS titleRu, s.oked AS oked,
       s.version AS version, s.approval AS approval, s.approvedOn AS approvedOn, s.repealed AS repealed, s.sources AS sources,
       [(s)-[:REPLACES]->(o:Standard) WHERE o.graphVersion = $version | o.id] AS replaces
ORDER BY id
