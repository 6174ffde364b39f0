// Regenerates expected.json: runs every document of corpus.graphql through graphql-js's validate() against
// ../spec-schema.graphql. Needs graphql@16.15.0 (npm install graphql@16.15.0 in a scratch folder, then run
// `NODE_PATH=<scratch>/node_modules node generate-expected.mjs`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.env.NODE_PATH ?? '.', 'noop.js'));
const { buildSchema, parse, validate, version } = require('graphql');

const schema = buildSchema(readFileSync(join(here, '..', 'spec-schema.graphql'), 'utf8'));
const cases = readFileSync(join(here, 'corpus.graphql'), 'utf8').split(/^#### /m).filter(c => c.trim() !== '');
const results = cases.map(c => {
  const newline = c.indexOf('\n');
  const name = c.slice(0, newline).trim();
  const errors = validate(schema, parse(c.slice(newline + 1)));
  return {
    name,
    errors: errors.map(e => ({ message: e.message, locations: (e.locations ?? []).map(l => [l.line, l.column]) })),
  };
});
writeFileSync(join(here, 'expected.json'), JSON.stringify({ graphqlJs: version, cases: results }, null, 1) + '\n');
console.log(`${results.length} cases, ${results.reduce((n, r) => n + r.errors.length, 0)} errors (graphql-js ${version})`);
