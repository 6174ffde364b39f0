// Introspects a running GraphQL endpoint, rebuilds the schema with graphql-js (buildClientSchema + assertValidSchema)
// and compares graphql-js printSchema of it with our SchemaPrinter output, both with definitions sorted.
// Usage: node introspect.mjs <endpoint url> <our-printed-sdl file>. Exit code 1 on any difference.
import { readFileSync } from 'node:fs';
import { assertValidSchema, buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [url, oursPath] = process.argv.slice(2);
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, schemaDescription: true, oneOf: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }) }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`introspection failed: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  process.exit(1);
}
const schema = buildClientSchema(body.data);
assertValidSchema(schema);

// Definitions are separated by blank lines; descriptions stay attached to their definition.
const sortedDefinitions = sdl => sdl.trim().split(/\n\n(?=["a-z])/).map(d => d.trim()).sort();
const theirs = sortedDefinitions(printSchema(schema));
const ours = sortedDefinitions(readFileSync(oursPath, 'utf8'));
const onlyTheirs = theirs.filter(d => !ours.includes(d));
const onlyOurs = ours.filter(d => !theirs.includes(d));
console.log(`introspection: ${Object.keys(schema.getTypeMap()).length} types, ${schema.getDirectives().length} directives; ` +
  `${theirs.length} definitions printed by graphql-js, ${ours.length} by SchemaPrinter, ${onlyTheirs.length + onlyOurs.length} differ`);
for (const d of onlyTheirs) console.log(`--- only graphql-js:\n${d}`);
for (const d of onlyOurs) console.log(`+++ only ours:\n${d}`);
process.exit(onlyTheirs.length + onlyOurs.length === 0 ? 0 : 1);
