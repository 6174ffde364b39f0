// One batch of standards of graph version $version. Row: {id, code, titleKk, titleRu, oked[], version, approval,
// approvedOn (yyyy-mm-dd or null), repealed, sources[], replaces[]}.
UNWIND $rows AS r
MERGE (s:Standard {id: r.id, graphVersion: $version})
SET s.code = r.code,
    s.titleKk = r.titleKk,
    s.titleRu = r.titleRu,
    s.oked = r.oked,
    s.version = r.version,
    s.approval = r.approval,
    s.approvedOn = r.approvedOn,
    s.repealed = r.repealed,
    s.sources = r.sources
RETURN count(*) AS written
