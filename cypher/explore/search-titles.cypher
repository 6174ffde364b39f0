// Which professions and standards have a title (Kazakh or Russian) matching some words? Uses the full-text index.
// Parameters:  :param q => 'сварщик'
MATCH (state:GraphState {id: 'current'})
CALL db.index.fulltext.queryNodes('career_titles', $q) YIELD node, score
WHERE node.graphVersion = state.version
RETURN labels(node)[0] AS kind, node.id AS id, coalesce(node.titleRu, node.name) AS titleRu, node.titleKk AS titleKk,
       score
ORDER BY score DESC
LIMIT 25
