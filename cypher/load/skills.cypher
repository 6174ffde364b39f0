// One batch of skills; the id comes from the normalised text, so the same item in several cards is one node.
// Row: {id, text}.
UNWIND $rows AS r
MERGE (s:Skill {id: r.id, graphVersion: $version})
SET s.text = r.text
RETURN count(*) AS written
