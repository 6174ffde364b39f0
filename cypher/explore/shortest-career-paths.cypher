// What are the 3 shortest career paths from one profession to another, over printed links, level ladders,
// shared occupation codes and skill overlaps (at most 6 steps)? SHORTEST takes a literal: edit 3 to see more.
// Parameters:  :param from => 'profession id'   :param to => 'profession id'
MATCH (state:GraphState {id: 'current'})
MATCH path = SHORTEST 3
  (start:Profession {id: $from, graphVersion: state.version})
  -[:PRINTED_LINK|LEVEL_LADDER|SAME_OCCUPATION|SKILL_OVERLAP]->{1,6}
  (goal:Profession {id: $to, graphVersion: state.version})
RETURN [n IN nodes(path) | n.titleRu + ' (' + toString(n.level) + ')'] AS steps,
       [r IN relationships(path) | type(r)] AS via,
       reduce(c = 1.0, r IN relationships(path) | c * r.confidence) AS confidence
ORDER BY length(path), confidence DESC
