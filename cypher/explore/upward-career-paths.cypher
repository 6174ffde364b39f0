// From a profession, how can one climb: paths of up to 4 steps where every step keeps or raises the
// qualification level and ends higher than the start (a quantified path pattern with a per-step condition)?
// Parameters:  :param from => 'profession id'
MATCH (state:GraphState {id: 'current'})
MATCH (start:Profession {id: $from, graphVersion: state.version})
MATCH path = (start)
  ((x:Profession)-[step:PRINTED_LINK|LEVEL_LADDER|SAME_OCCUPATION|SKILL_OVERLAP]->(y:Profession)
    WHERE y.level >= x.level AND step.confidence >= 0.5){1,4}
  (goal:Profession)
WHERE goal.level > start.level
RETURN goal.titleRu AS goal, goal.level AS level, length(path) AS steps,
       [n IN nodes(path) | n.titleRu] AS route
ORDER BY level DESC, steps
LIMIT 50
