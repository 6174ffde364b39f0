// One batch of knowledge items; identity by language and normalised text as for skills. Row: {id, text, language,
// sourceCardIds[], sourceFiles[], sourceLines[]}: one card and file per printing, and its first and last line
// flattened into sourceLines (two entries per printing; Neo4j properties cannot hold nested lists).
UNWIND $rows AS r
MERGE (k:Knowledge {id: r.id, graphVersion: $version})
SET k.text = r.text,
    k.language = r.language,
    k.sourceCardIds = r.sourceCardIds,
    k.sourceFiles = r.sourceFiles,
    k.sourceLines = r.sourceLines
RETURN count(*) AS written
