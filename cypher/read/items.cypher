// Skills and knowledge items of graph version $version, each with the professions that require it.
MATCH (p:Profession {graphVersion: $version})-[r:REQUIRES_SKILL|REQUIRES_KNOWLEDGE]->(i)
WITH i, CASE type(r) WHEN 'REQUIRES_SKILL' THEN 'skill' ELSE 'knowledge' END AS kind, collect(p.id) AS professionIds
RETURN kind, i.id AS id, i.text AS text, professionIds
ORDER BY kind, id
