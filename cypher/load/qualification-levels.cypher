// Qualification levels 1–8 with the framework's descriptors where a framework describes them; the lists are
// parallel, one entry per framework row describing the level.
// Row: {level, sources[], areas[], competencies[], skills[], knowledge[]}.
UNWIND $rows AS r
MERGE (l:QualificationLevel {level: r.level, graphVersion: $version})
SET l.sources = r.sources,
    l.areas = r.areas,
    l.competencies = r.competencies,
    l.skills = r.skills,
    l.knowledge = r.knowledge
RETURN count(*) AS written
