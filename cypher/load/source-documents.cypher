// One batch of the extracted source documents, one node per file: `extract` is the document in the public
// careergraph-extract/1 JSON format. The API rebuilds its graph from these, so it answers exactly as from the same
// files (the nodes above hold what researchers query; card texts and labour functions live only here).
// Row: {source, position (order of extraction), language, kind, extract}.
UNWIND $rows AS r
MERGE (d:SourceDocument {source: r.source, graphVersion: $version})
SET d.position = r.position,
    d.language = r.language,
    d.kind = r.kind,
    d.extract = r.extract
RETURN count(*) AS written
