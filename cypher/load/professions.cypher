// One batch of professions (one per card pair: the kk and ru cards of a standard are one profession).
// Row: {id, titleKk, titleRu, level, groupCode, occupationCode, standardId, aliases[], cardIds[]}.
UNWIND $rows AS r
MERGE (p:Profession {id: r.id, graphVersion: $version})
SET p.titleKk = r.titleKk,
    p.titleRu = r.titleRu,
    p.level = r.level,
    p.groupCode = r.groupCode,
    p.occupationCode = r.occupationCode,
    p.standardId = r.standardId,
    p.aliases = r.aliases,
    p.cardIds = r.cardIds
RETURN count(*) AS written
