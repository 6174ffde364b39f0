// All professions of graph version $version; standard, level and occupation code are properties here, so the
// IN_STANDARD, AT_LEVEL and HAS_OCCUPATION edges need no separate read.
MATCH (p:Profession {graphVersion: $version})
RETURN p.id AS id, p.titleKk AS titleKk, p.titleRu AS titleRu, p.level AS level, p.groupCode AS groupCode,
       p.occupationCode AS occupationCode, p.standardId AS standardId, p.aliases AS aliases, p.cardIds AS cardIds
ORDER BY id
