// Differential fuzz corpus: random documents against ../spec-schema.graphql, each with graphql-js's validate() output.
// Two generators: one biased to valid documents (every field exists, arguments and variables typed right), one that
// injects errors of every kind at a tunable rate. Fixed seeds make fuzz-corpus.json reproducible:
//   NODE_PATH=<scratch>/node_modules node generate-fuzz-corpus.mjs      (needs graphql@16.15.0)
// Directive deprecation (__Schema.directives(includeDeprecated:), __Directive.isDeprecated) is graphql-js 16.15's
// experimental introspection, which our type system does not have, so the generators never select it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.env.NODE_PATH ?? '.', 'noop.js'));
const { buildSchema, parse, validate, version, getNamedType, isObjectType, isInterfaceType, isUnionType, isLeafType, isInputObjectType, isEnumType, isListType, isNonNullType, isScalarType } = require('graphql');
const schema = buildSchema(readFileSync(join(here, '..', 'spec-schema.graphql'), 'utf8'));

let seed = 1;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const chance = p => rnd() < p;
let E = 1;
const err = p => rnd() < p * E;
const excluded = (parent, field) => parent?.name === '__Directive' && (field === 'isDeprecated' || field === 'deprecationReason');
const typeNames = Object.keys(schema.getTypeMap()).filter(n => !n.startsWith('__'));
const compositeNames = typeNames.filter(n => { const t = schema.getType(n); return isObjectType(t) || isInterfaceType(t) || isUnionType(t); });
const inputNames = typeNames.filter(n => { const t = schema.getType(n); return isInputObjectType(t) || isEnumType(t) || isScalarType(t); });
const inputTypeRefs = inputNames.flatMap(n => [n, n + '!', '[' + n + ']', '[' + n + '!]!']).concat(['Int', 'Int!', 'String', 'String!', 'Boolean', 'Boolean!', '[Boolean]', '[Boolean!]', '[Boolean]!', 'Float', 'ID', 'DogCommand', 'DogCommand!', 'CatCommand', 'ComplexInput', 'PetInput', 'PetInput!', 'CatInput', 'DogInput!', '[PetInput!]!', 'Dog', 'Unknown', '[String]']).filter(r => !/Dog|Cat|Pet|Complex/.test(r) || schema.getType(r.replace(/[\[\]!]/g, '')));
const aliasPool = ['a', 'b', 'x', 'name', 'nickname', 'volume'];

function literal(type, vars, depth = 0) {
  if (vars.length && chance(0.15)) return '$' + pick(vars);
  if (err(0.08)) return pick(['null', '1', '1.5', '"s"', 'true', 'SIT', 'JUMP', '[]', '{}', '12345678901', '"SIT"']);
  if (!type) return pick(['1', '"x"', 'true', 'null']);
  if (isNonNullType(type)) return literal(type.ofType, vars, depth);
  if (isListType(type)) {
    if (chance(0.3)) return literal(type.ofType, vars, depth + 1);
    const n = Math.floor(rnd() * 3);
    return '[' + Array.from({ length: n }, () => literal(type.ofType, vars, depth + 1)).join(', ') + ']';
  }
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields());
    const chosen = fields.filter(() => chance(0.5));
    if (err(0.15)) chosen.push({ name: pick(['bogus', 'nam', chosen[0]?.name ?? 'name']), type: null });
    return '{' + chosen.map(f => `${f.name}: ${literal(f.type, vars, depth + 1)}`).join(', ') + '}';
  }
  if (isEnumType(type)) return err(0.3) ? pick(['WRONG', '"SIT"']) : pick(type.getValues().map(v => v.name));
  switch (type.name) {
    case 'Int': return pick(['1', '0', '-3', '2147483648', '1.0']);
    case 'Float': return pick(['1', '1.5', '-2e3', '"1"']);
    case 'Boolean': return pick(['true', 'false', '1']);
    case 'String': return pick(['"a"', '"""block"""', '1']);
    case 'ID': return pick(['"id"', '4', '4.5']);
  }
  return '1';
}

function directives(vars, where) {
  let out = '';
  const n = chance(0.15) ? 1 + Math.floor(rnd() * 2) : 0;
  for (let i = 0; i < n; i++) {
    const d = err(0.6) ? pick(['deprecated', 'unknown', 'oneOf', 'specifiedBy']) : pick(['include', 'skip']);
    if (d === 'include' || d === 'skip') out += ` @${d}` + (!err(0.1) ? `(if: ${literal(schema.getType('Boolean'), vars)}${err(0.05) ? ', if: true' : ''})` : '');
    else if (d === 'deprecated') out += ` @deprecated${chance(0.5) ? '(reason: "x")' : ''}`;
    else out += ` @${d}`;
  }
  return out;
}

function selectionSet(type, vars, fragNames, depth) {
  const named = type ? getNamedType(type) : null;
  const n = 1 + Math.floor(rnd() * 3);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.12 && fragNames.length) parts.push('...' + pick(fragNames) + directives(vars));
    else if (r < 0.22 && depth < 4) {
      const cond = chance(0.2) ? '' : ' on ' + (err(0.1) ? pick(['Int', 'Nope']) : pick(compositeNames));
      const condType = cond ? schema.getType(cond.slice(4)) : named;
      parts.push('...' + cond + directives(vars) + ' ' + selectionSet(condType, vars, fragNames, depth + 1));
    } else parts.push(field(named, vars, fragNames, depth));
  }
  return '{ ' + parts.join(' ') + ' }';
}

function field(parent, vars, fragNames, depth) {
  let fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? Object.values(parent.getFields()).filter(f => !excluded(parent, f.name)) : [];
  let name, def;
  if (!fields.length || err(0.08)) { name = pick(['__typename', 'name', 'bogus', 'barkVolume', '__schema', '__type']); def = fields.find(f => f.name === name); }
  else { def = pick(fields); name = def.name; }
  let text = chance(0.3) ? pick(aliasPool) + ': ' + name : name;
  const args = def ? def.args.filter(a => chance(0.7) && !(def.name === 'directives' && a.name === 'includeDeprecated')) : [];
  if (err(0.05)) args.push({ name: 'extra', type: null });
  if (name === '__type' && chance(0.8)) args.push({ name: 'name', type: schema.getType('String') });
  if (args.length) text += '(' + args.map(a => `${a.name}: ${literal(a.type, vars)}`).join(', ') + ')';
  text += directives(vars);
  const t = def ? getNamedType(def.type) : null;
  const wantsSet = t ? !isLeafType(t) : chance(0.3);
  if ((wantsSet && !err(0.05)) || (!wantsSet && err(0.04))) {
    if (depth < 4) text += ' ' + selectionSet(def?.type ?? (name === '__schema' ? schema.getType('__Schema') : null), vars, fragNames, depth + 1);
    else text += ' { __typename }';
  }
  return text;
}

function randomDocument() {
  const fragCount = Math.floor(rnd() * 5);
  const fragNames = Array.from({ length: fragCount }, (_, i) => 'F' + i);
  if (err(0.1)) fragNames.push('Missing');
  const defs = [];
  const opCount = 1 + (chance(0.3) ? 1 : 0);
  const varPool = ['v', 'w', 'b'];
  for (let o = 0; o < opCount; o++) {
    const kind = pick(['query', 'query', 'query', 'mutation', 'subscription', '']);
    const vars = varPool.filter(() => chance(0.4));
    const varDefs = vars.map(v => `$${v}: ${pick(inputTypeRefs)}${chance(0.2) ? ' = ' + pick(['true', 'null', '1', 'SIT', '{name: "x"}']) : ''}`);
    if (err(0.05) && varDefs.length) varDefs.push(varDefs[0]);
    const usable = !err(0.15) ? vars.concat(err(0.2) ? ['undef'] : []) : ['undef'];
    const root = kind === '' || kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    const name = kind === '' ? '' : (chance(0.8) ? ' Op' + (chance(0.2) ? 0 : o) : '');
    const head = kind === '' ? '' : kind + name + (varDefs.length ? `(${varDefs.join(', ')})` : '') + directives(usable);
    defs.push((head ? head + ' ' : '') + selectionSet(root, usable, fragNames, 0));
  }
  for (const f of fragNames) {
    if (f === 'Missing') continue;
    const on = err(0.05) ? 'Int' : pick(compositeNames);
    const vars = chance(0.7) ? varPool : [];
    defs.push(`fragment ${f} on ${on}${directives(vars)} ` + selectionSet(schema.getType(on), vars, fragNames, 1));
  }
  if (err(0.03)) defs.push('type Extra { a: Int }');
  return defs.join('\n');
}

function validLiteral(type, ctx, depth = 0) {
  if (isNonNullType(type)) return validLiteral(type.ofType, ctx, depth);
  if (chance(0.2)) {   // a variable of exactly this type
    const name = 'v' + ctx.vars.length;
    ctx.vars.push(`$${name}: ${type}${chance(0.3) ? '!' : ''}`);
    return '$' + name;
  }
  if (isListType(type)) return '[' + Array.from({ length: Math.floor(rnd() * 3) }, () => validLiteral(type.ofType, ctx, depth + 1)).join(', ') + ']';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) { const f = pick(fields); return `{${f.name}: ${validLiteral(f.type, { vars: [] }, depth + 1)}}`; }
    const chosen = fields.filter(f => (isNonNullType(f.type) && f.defaultValue === undefined) || (depth < 2 && chance(0.4)));
    return '{' + chosen.map(f => `${f.name}: ${validLiteral(f.type, ctx, depth + 1)}`).join(', ') + '}';
  }
  if (isEnumType(type)) return pick(type.getValues()).name;
  switch (type.name) {
    case 'Int': return pick(['1', '0', '-3']);
    case 'Float': return pick(['1', '1.5']);
    case 'Boolean': return pick(['true', 'false']);
    case 'ID': return pick(['"id"', '4']);
    case 'String': return pick(['"a"', '"""b"""']);
  }
  return '"2024-01-01"';
}

function validSelectionSet(type, ctx, depth) {
  const parts = [];
  const used = new Set();
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    if (chance(0.15) && depth < 4) {
      const possible = isObjectType(type) ? [type] : schema.getPossibleTypes(type);
      const cond = chance(0.5) ? type : pick(possible);
      if (chance(0.5)) {
        const name = 'F' + ctx.frags.length;
        ctx.frags.push(null);
        ctx.frags[ctx.frags.length - 1] = `fragment ${name} on ${cond.name} ` + validSelectionSet(cond, ctx, depth + 1);
        parts.push('...' + name);
      } else parts.push(`... on ${cond.name} ` + validSelectionSet(cond, ctx, depth + 1));
      continue;
    }
    const fields = isUnionType(type) ? [] : Object.values(type.getFields());
    if (!fields.length || chance(0.05)) { parts.push('__typename'); continue; }
    const f = pick(fields);
    let key = f.name;
    if (used.has(key)) key = 'k' + used.size + '_' + f.name;
    used.add(key);
    let text = key === f.name ? f.name : `${key}: ${f.name}`;
    const args = f.args.filter(a => (isNonNullType(a.type) && a.defaultValue === undefined) || chance(0.3));
    if (args.length) text += '(' + args.map(a => `${a.name}: ${validLiteral(a.type, ctx)}`).join(', ') + ')';
    if (chance(0.1)) text += ` @include(if: ${validLiteral(schema.getType('Boolean'), ctx)})`;
    const t = getNamedType(f.type);
    if (!isLeafType(t)) text += ' ' + (depth < 4 ? validSelectionSet(t, ctx, depth + 1) : '{ __typename }');
    parts.push(text);
  }
  return '{ ' + parts.join(' ') + ' }';
}

function validDocument() {
  const ctx = { vars: [], frags: [] };
  const op = chance(0.8) ? 'query' : 'mutation';
  const root = op === 'query' ? schema.getQueryType() : schema.getMutationType();
  const body = validSelectionSet(root, ctx, 0);
  return `${op} Q${ctx.vars.length ? '(' + ctx.vars.join(', ') + ')' : ''} ${body}\n${ctx.frags.join('\n')}`;
}

function run(generator, seedValue, errorRate, count) {
  seed = seedValue;
  E = errorRate;
  return Array.from({ length: count }, generator);
}

const texts = [...run(validDocument, 3, 0, 400), ...run(randomDocument, 7, 0.3, 150), ...run(randomDocument, 11, 1, 50)];
// graphql-js throws (instead of reporting) when a subscription's root selection has @skip/@include with a variable:
// its SingleFieldSubscriptions rule collects fields without variable values. Such documents have no verdict to compare.
const cases = texts.flatMap(text => {
  try {
    const errors = validate(schema, parse(text));
    return [{ text, errors: errors.map(e => e.message + (e.locations ? ` (${e.locations.map(l => `${l.line}:${l.column}`).join(', ')})` : '')) }];
  } catch {
    return [];
  }
});
writeFileSync(join(here, 'fuzz-corpus.json'), JSON.stringify({ graphqlJs: version, cases }, null, 0).replace(/\},\{"text"/g, '},\n{"text"') + '\n');
console.log(`${cases.length} documents, ${cases.filter(c => c.errors.length === 0).length} valid, ${cases.reduce((n, c) => n + c.errors.length, 0)} errors (graphql-js ${version})`);
