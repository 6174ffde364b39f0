// All standards of graph version $version.
MATCH (s:Standard {graphVersion: $version})
RETURN s.id AS id, s.code AS code, s.titleKk AS titleKk, s.titleRu AS titleRu, s.oked AS oked,
       s.version AS version, s.approval AS approval, s.repealed AS repealed, s.sources AS sources
ORDER BY id
