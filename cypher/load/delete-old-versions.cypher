// Deletes every graph version older than the current one (finished ones replaced by the switch and abandoned
// half-loads alike), in batches so a large graph does not need one huge transaction. Versions newer than the
// current one belong to a load still in progress and are left alone. Runs as an implicit transaction, as
// CALL { } IN TRANSACTIONS requires.
MATCH (s:GraphState {id: 'current'})
MATCH (n:Standard|Profession|ExternalProfession|QualificationLevel|Skill|Knowledge|OccupationCode|SourceDocument|Act)
WHERE n.graphVersion < s.version
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
