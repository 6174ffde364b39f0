// Reserves the number of the graph version about to be loaded. GraphState.version (what readers see) does not
// change here; `latest` only makes sure two loaders never write the same version.
MERGE (s:GraphState {id: 'current'})
SET s.latest = coalesce(s.latest, s.version, 0) + 1
RETURN s.latest AS version
