// One batch of knowledge items; identity by language and normalised text as for skills. Row: {id, text, language}.
UNWIND $rows AS r
MERGE (k:Knowledge {id: r.id, graphVersion: $version})
SET k.text = r.text,
    k.language = r.language
RETURN count(*) AS written
