// One batch of skills (the cards' skills and abilities); the id comes from the kind, language and normalised text,
// so the same item in several cards is one node. Row: {id, text, kind ('skill' or 'ability'), language}.
UNWIND $rows AS r
MERGE (s:Skill {id: r.id, graphVersion: $version})
SET s.text = r.text,
    s.kind = r.kind,
    s.language = r.language
RETURN count(*) AS written
