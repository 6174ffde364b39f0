// Which standards did a later edition replace, or an order repeal, and why? One row per replaced or repealed
// standard: the edition that replaces it and the evidence (same code, same title, or the printed line naming the
// order), the orders it was repealed by as printed (file and line), and whether a loaded standard was approved by
// such an order (null when the repealing act's text is not loaded). No parameters.
MATCH (g:GraphState {id: 'current'})
MATCH (s:Standard {graphVersion: g.version})
OPTIONAL MATCH (n:Standard)-[e:REPLACES]->(s)
OPTIONAL MATCH (s)-[r:REPEALED_BY]->(a:Act)
WITH g, s, n, e, r, a
WHERE n IS NOT NULL OR a IS NOT NULL
OPTIONAL MATCH (o:Standard {graphVersion: g.version})
  WHERE a IS NOT NULL AND o.approval CONTAINS ('№ ' + a.number) AND o.approvedOn = a.date
RETURN s.id AS standard, s.titleRu AS title, s.approvedOn AS approvedOn,
       n.id AS replacedBy, e.evidence AS evidence,
       a.number AS repealedByOrder, a.date AS repealedOn, r.source AS repealPrintedIn, r.line AS repealLine,
       o.id AS repealingStandardLoaded
ORDER BY standard
