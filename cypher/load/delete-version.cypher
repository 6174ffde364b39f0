// Deletes one graph version, e.g. a load that failed after some batches were committed. Never the current one.
OPTIONAL MATCH (s:GraphState {id: 'current'})
WITH s
WHERE s IS NULL OR coalesce(s.version, 0) <> $version
MATCH (n:Standard|Profession|ExternalProfession|QualificationLevel|Skill|Knowledge|OccupationCode|SourceDocument|Act)
WHERE n.graphVersion = $version
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
