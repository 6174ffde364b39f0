// One batch of knowledge items; identity by normalised text as for skills. Row: {id, text}.
UNWIND $rows AS r
MERGE (k:Knowledge {id: r.id, graphVersion: $version})
SET k.text = r.text
RETURN count(*) AS written
