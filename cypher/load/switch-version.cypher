// Makes graph version $version the one readers see, in one step, after it was loaded and committed.
// Only moves forward, so a slower loader cannot replace a newer graph; no row back means "not switched".
MATCH (s:GraphState {id: 'current'})
WHERE coalesce(s.version, 0) < $version
SET s.previous = s.version,
    s.version = $version,
    s.switchedAt = datetime()
RETURN s.version AS version
