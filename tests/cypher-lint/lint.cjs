#!/usr/bin/env node
// Lints Cypher files with @neo4j-cypher/language-support (Neo4j's parser and semantic analysis compiled to JS).
//
//   node lint.cjs [dir-or-file ...] [--strict]
//
// Default target: the repository's cypher/ folder. Every *.cypher file below a target is linted; a file may hold
// several statements separated by ';'. Parameters ($rows, $version, ...) are allowed: "parameter not defined"
// diagnostics are dropped. schema.json (next to this script) names the graph model's labels, relationship types
// and property keys, so a typo in one of them is reported as a warning; functions and procedures come from the
// package's Neo4j 5 catalogue, so an unknown function is an error.
// Output: <file>:<line>:<column>: error|warning: <message>, then a summary line.
// Exit code: 0 clean (warnings allowed unless --strict), 1 findings that fail, 2 usage or I/O problem.
'use strict';
const fs = require('fs');
const path = require('path');
const { lintCypherQuery, isNotParamError, testData } = require('@neo4j-cypher/language-support');

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const targets = args.filter((a) => !a.startsWith('--'));
if (targets.length === 0) targets.push(path.resolve(__dirname, '..', '..', 'cypher'));

const model = JSON.parse(fs.readFileSync(path.join(__dirname, 'schema.json'), 'utf8'));
const dbSchema = {
  defaultLanguage: 'CYPHER 5', // Neo4j 5.26, the server in docker-compose.yml
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  labels: model.labels,
  relationshipTypes: model.relationshipTypes,
  propertyKeys: model.propertyKeys,
};

function cypherFiles(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target).sort()
    .flatMap((entry) => {
      const full = path.join(target, entry);
      return fs.statSync(full).isDirectory() ? cypherFiles(full) : entry.endsWith('.cypher') ? [full] : [];
    });
}

let files;
try {
  files = targets.flatMap(cypherFiles);
} catch (e) {
  console.error(`cypher-lint: ${e.message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`cypher-lint: no .cypher files under ${targets.join(', ')}`);
  process.exit(2);
}

const severityName = { 1: 'error', 2: 'warning' };
let errors = 0;
let warnings = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const shown = path.relative(process.cwd(), file) || file;
  if (text.trim() === '') {
    console.log(`${shown}:1:1: error: file holds no statement`);
    errors++;
    continue;
  }
  const result = lintCypherQuery(text, dbSchema);
  const diagnostics = (Array.isArray(result) ? result : result.diagnostics).filter(isNotParamError);
  for (const d of diagnostics) {
    const severity = severityName[d.severity] ?? 'info';
    if (severity === 'error') errors++;
    if (severity === 'warning') warnings++;
    const { line, character } = d.range.start;
    console.log(`${shown}:${line + 1}:${character + 1}: ${severity}: ${d.message.split('\n')[0]}`);
  }
  if (diagnostics.length === 0) console.log(`${shown}: ok`);
}
console.log(`cypher-lint: ${files.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 || (strict && warnings > 0) ? 1 : 0);
