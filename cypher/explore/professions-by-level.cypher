// Which professions does each standard describe at each qualification level (1–8)?
// Reads the current graph version. No parameters.
MATCH (state:GraphState {id: 'current'})
MATCH (p:Profession {graphVersion: state.version})-[:AT_LEVEL]->(l:QualificationLevel)
MATCH (p)-[:IN_STANDARD]->(s:Standard)
RETURN l.level AS level, s.code AS standard, count(p) AS professions, collect(p.titleRu) AS titles
ORDER BY level, standard
