// Qualification levels of graph version $version with their framework descriptors.
MATCH (l:QualificationLevel {graphVersion: $version})
RETURN l.level AS level, l.sources AS sources, l.areas AS areas, l.rawLevels AS rawLevels,
       l.levelsInferred AS levelsInferred, l.repealed AS repealed, l.competencies AS competencies, l.skills AS skills,
       l.knowledge AS knowledge
ORDER BY level
