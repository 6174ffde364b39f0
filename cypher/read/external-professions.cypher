// All link targets without a card, of graph version $version.
MATCH (x:ExternalProfession {graphVersion: $version})
RETURN x.id AS id, x.name AS name, x.level AS level, x.language AS language
ORDER BY id
