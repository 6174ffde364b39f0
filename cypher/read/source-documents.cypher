// The extracted source documents of graph version $version, in the order they were extracted (the career graph
// builder numbers professions in that order).
MATCH (d:SourceDocument {graphVersion: $version})
RETURN d.source AS source, d.position AS position, d.language AS language, d.kind AS kind, d.extract AS extract
ORDER BY position
