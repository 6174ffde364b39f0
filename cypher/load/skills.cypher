// One batch of skills (the cards' skills and abilities); the id comes from the kind, language and normalised text,
// so the same item in several cards is one node. Row: {id, text, kind ('skill' or 'ability'), language,
// sourceCardIds[], sourceFiles[], sourceLines[]}: one card and file per printing, and its first and last line
// flattened into sourceLines (two entries per printing; Neo4j properties cannot hold nested lists).
UNWIND $rows AS r
MERGE (s:Skill {id: r.id, graphVersion: $version})
SET s.text = r.text,
    s.kind = r.kind,
    s.language = r.language,
    s.sourceCardIds = r.sourceCardIds,
    s.sourceFiles = r.sourceFiles,
    s.sourceLines = r.sourceLines
RETURN count(*) AS written
