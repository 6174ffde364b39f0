// Which graph versions does the database hold, and how big is each: nodes per label, relationships per type?
// After a finished load only the current version is left; two loads of the same documents give the same counts.
// No parameters.
MATCH (n)
WHERE n.graphVersion IS NOT NULL
RETURN n.graphVersion AS version, labels(n)[0] AS what, count(*) AS total
UNION ALL
MATCH (a)-[r]->()
WHERE a.graphVersion IS NOT NULL
RETURN a.graphVersion AS version, type(r) AS what, count(*) AS total
