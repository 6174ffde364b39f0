// Qualification levels 1–8 with the framework's descriptors where a framework describes them; the lists are
// parallel, one entry per framework row describing the level (rawLevels holds '' where the row printed none).
// Row: {level, sources[], areas[], rawLevels[], levelsInferred[], repealed[], competencies[], skills[], knowledge[]}.
UNWIND $rows AS r
MERGE (l:QualificationLevel {level: r.level, graphVersion: $version})
SET l.sources = r.sources,
    l.areas = r.areas,
    l.rawLevels = r.rawLevels,
    l.levelsInferred = r.levelsInferred,
    l.repealed = r.repealed,
    l.competencies = r.competencies,
    l.skills = r.skills,
    l.knowledge = r.knowledge
RETURN count(*) AS written
