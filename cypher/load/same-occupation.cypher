// Career edge SAME_OCCUPATION: professions sharing an occupation code. The target is a Profession or, for printed links to professions without a card,
// an ExternalProfession. Row: {from, to, kind, evidence, confidence (0..1), inferred}.
UNWIND $rows AS r
MATCH (a:Profession {id: r.from, graphVersion: $version})
OPTIONAL MATCH (p:Profession {id: r.to, graphVersion: $version})
OPTIONAL MATCH (x:ExternalProfession {id: r.to, graphVersion: $version})
WITH a, r, coalesce(p, x) AS b
WHERE b IS NOT NULL
MERGE (a)-[e:SAME_OCCUPATION {kind: r.kind}]->(b)
SET e.evidence = r.evidence,
    e.confidence = r.confidence,
    e.inferred = r.inferred
RETURN count(e) AS written
