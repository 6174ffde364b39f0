// Skills and knowledge items of graph version $version, each with the professions that require it.
MATCH (p:Profession {graphVersion: $version})-[r:REQUIRES_SKILL|REQUIRES_KNOWLEDGE]->(i)
WITH i, CASE type(r) WHEN 'REQUIRES_SKILL' THEN 'Skill' ELSE 'Knowledge' END AS label, collect(p.id) AS professionIds
RETURN label, i.id AS id, i.text AS text, coalesce(i.kind, 'knowledge') AS kind, i.language AS language,
       i.sourceCardIds AS sourceCardIds, i.sourceFiles AS sourceFiles, i.sourceLines AS sourceLines, professionIds
ORDER BY label, id
