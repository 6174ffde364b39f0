// The graph version readers should use; no row or a null version means nothing has been loaded yet.
OPTIONAL MATCH (s:GraphState {id: 'current'})
RETURN s.version AS version
