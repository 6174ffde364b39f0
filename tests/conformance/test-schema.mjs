// The test schema of tests/Graph.GraphQL.Tests/TestSchema (same SDL file) implemented in graphql-js with the same
// static data and resolvers as TestData.cs, so both engines can execute the same documents. Fresh data per call.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, print, GraphQLError, Kind, getNamedType, isInputObjectType, isObjectType, isInterfaceType } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
export const sdlPath = join(here, '..', 'Graph.GraphQL.Tests', 'TestSchema', 'schema.graphql');
export const sdl = readFileSync(sdlPath, 'utf8');

class DateValue {
  constructor(text) { this.text = text; }
}

const isCalendarDate = s => {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s.slice(0, 4) !== '0000';
};

function makeData() {
  const skill = (id, title) => ({ __typename: 'Skill', id, title });
  const professions = [
    { __typename: 'Profession', id: 'p1', nameRu: 'Сварщик', nameKk: 'Дәнекерлеуші', level: 3, codes: ['7212-1'], weight: 1.5,
      skills: [skill('s1', 'Welding'), skill('s2', 'Safety')], relatedIds: ['p2'], standardId: 'st1', active: true,
      legacyCode: 'W-1', published: new DateValue('2023-05-17') },
    { __typename: 'Profession', id: 'p2', nameRu: 'Мастер сварки', nameKk: 'Дәнекерлеу шебері', level: 5, codes: ['7212-2', '3122-0'],
      skills: [skill('s1', 'Welding')], relatedIds: ['p1'], standardId: 'st1', active: true, weight: null, legacyCode: null, published: null },
    { __typename: 'Profession', id: 'p3', nameRu: 'Инженер', nameKk: 'Инженер', level: 6, codes: [], skills: [], relatedIds: [],
      standardId: null, active: false, weight: null, legacyCode: null, published: null },
  ];
  const standards = [{ __typename: 'Standard', id: 'st1', nameRu: 'Сварочное производство', nameKk: 'Дәнекерлеу өндірісі' }];
  return { professions, standards, counter: 0 };
}

// TestData.Show: how echo prints its coerced arguments (C# double gets a "d" suffix; enums print as Lang:Value).
function show(value, isFloat = false) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return isFloat ? `${value}d` : `${value}`;
  if (value instanceof DateValue) return `Date(${value.text})`;
  if (value instanceof LangValue) return `Lang:${value.name}`;
  if (Array.isArray(value)) return `[${value.map(v => show(v)).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${show(v)}`).join(', ')}}`;
}

class LangValue {
  constructor(name) { this.name = name; }
}

export function makeSchema() {
  const schema = buildSchema(sdl);
  const data = makeData();
  const lower = s => s.toLowerCase();
  const findNode = id => data.professions.find(p => p.id === id) ?? data.standards.find(s => s.id === id)
    ?? data.professions.flatMap(p => p.skills).find(s => s.id === id) ?? null;
  const name = (o, args) => (args.lang instanceof LangValue && args.lang.name === 'Kk' ? o.nameKk : o.nameRu);

  const date = schema.getType('Date');
  date.serialize = v => {
    if (v instanceof DateValue) return v.text;
    throw new TypeError(`Date cannot represent value: ${v}`);
  };
  date.parseValue = v => {
    if (isCalendarDate(v)) return new DateValue(v);
    throw new TypeError(`Date cannot represent value: ${JSON.stringify(v)}`);
  };
  date.parseLiteral = n => {
    if (n.kind === Kind.STRING && isCalendarDate(n.value)) return new DateValue(n.value);
    // TestData.cs throws a CoercionException, the scalar's own error, which our engine reports at the literal: the
    // graphql-js counterpart is a GraphQLError carrying the literal's node (a TypeError would be prefixed).
    throw new GraphQLError(`Date cannot represent literal: ${print(n)}`, { nodes: n });
  };
  // buildSchema stored enum defaults with the SDL's internal values (the names); give them the new ones.
  const langValues = new Map();
  const langOf = name => {
    if (!langValues.has(name)) langValues.set(name, new LangValue(name[0] + name.slice(1).toLowerCase()));
    return langValues.get(name);
  };
  const fixDefault = holder => {
    if (getNamedType(holder.type).name === 'Lang' && typeof holder.defaultValue === 'string') holder.defaultValue = langOf(holder.defaultValue);
  };
  const lang = schema.getType('Lang');
  for (const v of lang.getValues()) v.value = langOf(v.name);
  lang._valueLookup = new Map(lang.getValues().map(v => [v.value, v])); // serialize() (defaults in introspection) looks values up here
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach(fixDefault);
    if (isObjectType(type) || isInterfaceType(type)) Object.values(type.getFields()).forEach(f => f.args.forEach(fixDefault));
  }
  for (const t of ['Node', 'Named', 'SearchResult']) schema.getType(t).resolveType = o => o.__typename;

  const resolve = (typeName, fieldName, fn) => { schema.getType(typeName).getFields()[fieldName].resolve = fn; };
  resolve('Query', 'node', (_, { id }) => findNode(id));
  resolve('Query', 'nodes', (_, { ids }) => ids.map(findNode));
  resolve('Query', 'ref', (_, { by }) => findNode(Object.values(by)[0]));
  resolve('Query', 'profession', (_, { id }) => data.professions.find(p => p.id === id) ?? null);
  resolve('Query', 'professions', (_, { filter }) => {
    const min = filter?.levelAtLeast ?? 1;
    const max = filter?.levelAtMost ?? 8;
    return data.professions.filter(p => p.level >= min && p.level <= max);
  });
  resolve('Query', 'search', (_, { text }) => {
    const t = lower(text);
    const skills = [];
    for (const s of data.professions.flatMap(p => p.skills)) if (!skills.some(k => k.id === s.id)) skills.push(s);
    return [
      ...data.professions.filter(p => lower(p.nameRu).includes(t)),
      ...data.standards.filter(s => lower(s.nameRu).includes(t)),
      ...skills.filter(s => lower(s.title).includes(t)),
    ];
  });
  resolve('Query', 'echo', (_, args) => Object.entries(args).map(([k, v]) => `${k}=${show(v, k === 'float')}`).join('; '));
  resolve('Query', 'failing', () => { throw new Error('failing resolver'); });
  resolve('Query', 'failingNonNull', () => { throw new Error('non-null failure'); });
  resolve('Query', 'slow', async (_, { ms }) => { await new Promise(r => setTimeout(r, ms)); return 'done'; });
  resolve('Profession', 'name', name);
  resolve('Profession', 'skills', (p, { first }) => p.skills.slice(0, Math.max(0, first)));
  resolve('Profession', 'related', p => p.relatedIds.map(id => data.professions.find(q => q.id === id)));
  resolve('Profession', 'standard', p => data.standards.find(s => s.id === p.standardId) ?? null);
  resolve('Standard', 'name', name);
  resolve('Standard', 'professions', s => data.professions.filter(p => p.standardId === s.id));
  resolve('Mutation', 'rename', (_, { id, name: newName }) => {
    const p = data.professions.find(q => q.id === id);
    if (p) p.nameRu = newName;
    return p ?? null;
  });
  resolve('Mutation', 'increment', () => ++data.counter);
  return schema;
}
