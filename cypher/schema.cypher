// Constraints and indexes. Every graph node carries graphVersion, and several versions live side by side while a
// new one loads, so identity is (key, graphVersion). Run once per database; every statement is idempotent.

CREATE CONSTRAINT graph_state_id IF NOT EXISTS
FOR (s:GraphState) REQUIRE s.id IS UNIQUE;

CREATE CONSTRAINT standard_id IF NOT EXISTS
FOR (n:Standard) REQUIRE (n.id, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT profession_id IF NOT EXISTS
FOR (n:Profession) REQUIRE (n.id, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT external_profession_id IF NOT EXISTS
FOR (n:ExternalProfession) REQUIRE (n.id, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT qualification_level IF NOT EXISTS
FOR (n:QualificationLevel) REQUIRE (n.level, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT skill_id IF NOT EXISTS
FOR (n:Skill) REQUIRE (n.id, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT knowledge_id IF NOT EXISTS
FOR (n:Knowledge) REQUIRE (n.id, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT occupation_code IF NOT EXISTS
FOR (n:OccupationCode) REQUIRE (n.code, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT source_document IF NOT EXISTS
FOR (n:SourceDocument) REQUIRE (n.source, n.graphVersion) IS UNIQUE;

CREATE CONSTRAINT act_id IF NOT EXISTS
FOR (n:Act) REQUIRE (n.id, n.graphVersion) IS UNIQUE;

// The composite constraints lead with the key, so reading or deleting a whole version needs its own index.
CREATE INDEX standard_version IF NOT EXISTS FOR (n:Standard) ON (n.graphVersion);
CREATE INDEX profession_version IF NOT EXISTS FOR (n:Profession) ON (n.graphVersion);
CREATE INDEX external_profession_version IF NOT EXISTS FOR (n:ExternalProfession) ON (n.graphVersion);
CREATE INDEX qualification_level_version IF NOT EXISTS FOR (n:QualificationLevel) ON (n.graphVersion);
CREATE INDEX skill_version IF NOT EXISTS FOR (n:Skill) ON (n.graphVersion);
CREATE INDEX knowledge_version IF NOT EXISTS FOR (n:Knowledge) ON (n.graphVersion);
CREATE INDEX occupation_code_version IF NOT EXISTS FOR (n:OccupationCode) ON (n.graphVersion);
CREATE INDEX source_document_version IF NOT EXISTS FOR (n:SourceDocument) ON (n.graphVersion);
CREATE INDEX act_version IF NOT EXISTS FOR (n:Act) ON (n.graphVersion);

// Lookups by printed codes: a standard's code, a profession's occupation code and level.
CREATE INDEX standard_code IF NOT EXISTS FOR (n:Standard) ON (n.code);
CREATE INDEX profession_occupation_code IF NOT EXISTS FOR (n:Profession) ON (n.occupationCode);
CREATE INDEX profession_level IF NOT EXISTS FOR (n:Profession) ON (n.level);

// Title search in both languages; the standard analyzer splits Cyrillic (Kazakh and Russian) words, and keeping
// stop words avoids dropping short Russian words that English stop lists happen to contain.
CREATE FULLTEXT INDEX career_titles IF NOT EXISTS
FOR (n:Profession|Standard|ExternalProfession) ON EACH [n.titleKk, n.titleRu, n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
