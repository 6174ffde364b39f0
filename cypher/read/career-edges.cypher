// Career edges of graph version $version, between professions or to link targets without a card.
MATCH (a:Profession {graphVersion: $version})-[e:PRINTED_LINK|LEVEL_LADDER|SAME_OCCUPATION|SKILL_OVERLAP]->(b)
RETURN a.id AS fromId, b.id AS toId, type(e) AS type, e.kind AS kind, e.evidence AS evidence,
       e.confidence AS confidence, e.inferred AS inferred
ORDER BY fromId, toId, type, kind
