// graphql-js 16.15.0's answer for every corpus document: verdict (parse / invalid / valid), errors (message and
// locations, in order), and for valid documents over the test schema the execution result as the JSON text
// JSON.stringify prints (fresh data per document).
// Usage: node run-corpus.mjs <corpus.json> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate, version } from 'graphql';
import { makeSchema } from './test-schema.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [corpusPath, outPath] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));
const specSchema = buildSchema(readFileSync(join(here, '..', 'Graph.GraphQL.Tests', 'Validation', 'spec-schema.graphql'), 'utf8'));
const testSchema = makeSchema();

const shape = e => ({ message: e.message, locations: (e.locations ?? []).map(l => ({ line: l.line, column: l.column })) });

const results = [];
for (const c of corpus) {
  let document;
  try {
    document = parse(c.query);
  } catch (e) {
    results.push({ name: c.name, verdict: 'parse', errors: [shape(e)] });
    continue;
  }
  const errors = validate(c.schema === 'spec' ? specSchema : testSchema, document);
  if (errors.length > 0) {
    results.push({ name: c.name, verdict: 'invalid', errors: errors.map(shape) });
    continue;
  }
  const result = { name: c.name, verdict: 'valid', errors: [] };
  if (c.schema === 'test') {
    const response = await execute({ schema: makeSchema(), document, variableValues: c.variables, operationName: c.operationName });
    result.response = JSON.stringify(response);
  }
  results.push(result);
}
writeFileSync(outPath, JSON.stringify({ graphqlJs: version, results }) + '\n');
const count = v => results.filter(r => r.verdict === v).length;
console.log(`graphql-js ${version}: ${results.length} documents: ${count('valid')} valid, ${count('invalid')} invalid, ${count('parse')} parse errors`);
