// One batch of link targets that have no card anywhere. Row: {id, name, level, language}.
UNWIND $rows AS r
MERGE (x:ExternalProfession {id: r.id, graphVersion: $version})
SET x.name = r.name,
    x.level = r.level,
    x.language = r.language
RETURN count(*) AS written
