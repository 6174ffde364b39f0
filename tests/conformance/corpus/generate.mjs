// Generates corpus.json: the documents both engines must agree on (verdict, error count, execution result).
// Systematic: every root field × selection shape, a literal × argument-type matrix (ValuesOfCorrectType),
// a variable-type × argument-position matrix (VariablesInAllowedPosition), every scalar/enum/list/input-object
// variable coercion case, invalid documents for every validation rule, syntax edge cases, introspection, and
// the validation helper's 95 spec-schema documents. Run: node corpus/generate.mjs (writes corpus/corpus.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const cases = [];
const add = (name, query, extra = {}) => cases.push({ name, schema: 'test', query, ...extra });

// 1. Root fields × selection shapes.
const professionSelections = {
  id: '{ id }', names: '{ id name }', kazakh: '{ name(lang: KK) level codes }', skills: '{ skills { id title } }',
  'first skill': '{ skills(first: 1) { title } }', 'negative first': '{ skills(first: -1) { title } }',
  related: '{ related { id name related { id } } }', standard: '{ standard { id name professions { id } } }',
  scalars: '{ weight active legacyCode published }', 'interface fragment': '{ __typename ... on Node { id } ... on Named { name(lang: RU) } }',
  'named fragment': '{ ...P } fragment P on Profession { id level standard { name(lang: KK) } }',
};
for (const id of ['p1', 'p2', 'p3', 'missing'])
  for (const [shape, selection] of Object.entries(professionSelections)) {
    const [head, ...fragments] = selection.split(' fragment ');
    add(`profession ${id}: ${shape}`, `{ profession(id: "${id}") ${head} }${fragments.map(f => ` fragment ${f}`).join('')}`);
  }

const nodeSelections = {
  id: '{ id }', typename: '{ __typename id }',
  'inline per type': '{ ... on Profession { level } ... on Skill { title } ... on Standard { name } }',
  'interface inline': '{ ... on Named { name(lang: KK) } }', 'nested interface fragment': '{ id ...N }',
};
for (const id of ['p1', 's1', 'st1', 'missing'])
  for (const [shape, selection] of Object.entries(nodeSelections))
    add(`node ${id}: ${shape}`, `{ node(id: "${id}") ${selection} }${shape.includes('fragment') ? ' fragment N on Named { name }' : ''}`);

for (const ids of ['[]', '["p1"]', '["p1", "s2", "st1", "zz"]', '"p2"'])
  add(`nodes ${ids}`, `{ nodes(ids: ${ids}) { __typename id } }`);
for (const by of ['{professionId: "p1"}', '{skillId: "s2"}', '{skillId: "zz"}'])
  add(`ref ${by}`, `{ ref(by: ${by}) { id } }`);

for (const filter of ['', '(filter: {})', '(filter: {levelAtLeast: 4})', '(filter: {levelAtMost: 3})', '(filter: {levelAtLeast: 4, levelAtMost: 5})',
  '(filter: {levelAtLeast: null})', '(filter: {lang: KK})', '(filter: {codes: ["a"]})', '(filter: {codes: "a"})',
  '(filter: {nested: {levelAtLeast: 2, nested: {}}})', '(filter: null)'])
  add(`professions ${filter || 'no filter'}`, `{ professions${filter} { id level } }`);

const unionSelections = {
  typename: '{ __typename }', 'per member': '{ ... on Profession { id level } ... on Skill { id title } ... on Standard { id } }',
  'via interface': '{ __typename ... on Node { id } }',
};
for (const text of ['свар', 'Welding', 'x', '', 'ИНЖ'])
  for (const [shape, selection] of Object.entries(unionSelections)) add(`search "${text}": ${shape}`, `{ search(text: "${text}") ${selection} }`);

// 2. Literal × argument-type matrix.
const literals = {
  int: '1', negative: '-7', 'int max': '2147483647', 'int overflow': '2147483648', float: '1.5', exponent: '3e2', string: '"s"',
  'empty string': '""', 'date string': '"2024-02-29"', 'bad date': '"2023-02-29"', true: 'true', null: 'null', enum: 'KK',
  'deprecated enum': 'EN', 'bad enum': 'XX', list: '[1, 2]', 'list with null': '[1, null]', 'empty list': '[]', object: '{levelAtMost: 2}',
  'one of': '{skillId: "s1"}', 'two of': '{skillId: "s1", professionId: "p1"}', 'empty object': '{}', 'unknown field': '{nope: 1}',
};
for (const arg of ['int', 'float', 'string', 'boolean', 'id', 'lang', 'date', 'list', 'filter', 'ref'])
  for (const [kind, literal] of Object.entries(literals)) add(`literal ${kind} as ${arg}`, `{ echo(${arg}: ${literal}) }`);

// 3. Variable type × argument position matrix.
const variableTypes = ['Int', 'Int!', 'Float', 'String', 'String!', 'Boolean', 'ID', 'ID!', 'Lang', 'Date', '[Int]', '[Int!]!', '[[Int]]',
  'ProfessionFilter', 'NodeRef', 'NodeRef!'];
const positions = { int: 'echo(int: $v)', float: 'echo(float: $v)', string: 'echo(string: $v)', id: 'echo(id: $v)', lang: 'echo(lang: $v)',
  date: 'echo(date: $v)', list: 'echo(list: $v)', 'list item': 'echo(list: [$v])', filter: 'echo(filter: $v)', ref: 'echo(ref: $v)',
  'profession id': 'profession(id: $v) { id }' };
for (const type of variableTypes)
  for (const [position, use] of Object.entries(positions)) add(`variable ${type} at ${position}`, `query ($v: ${type}) { ${use} }`);

// 4. Variable coercion: each JSON value for each input type (valid documents; errors come from coercion).
const coercions = {
  Int: [1, -1, 1.0, 1.5, '1', true, 2147483648, null, [1], { a: 1 }],
  Float: [1, 1.5, -0.25, '1.5', true, null, 1e3],
  String: ['a', '', 1, true, null, ['a'], 'é ü 中'],
  Boolean: [true, false, 1, 'true', null],
  ID: ['x', 7, 1.5, true, null, ['x']],
  Lang: ['KK', 'RU', 'EN', 'kk', 'XX', 1, null],
  Date: ['2024-01-02', '2024-02-30', 'bad', 5, null],
  '[Int]': [[1, 2], 1, [1, null], [1, 'x'], [], null, [[1]]],
  '[Int!]': [[1, 2], [1, null], 3],
  ProfessionFilter: [{}, { levelAtLeast: 2 }, { unknown: 1 }, { levelAtLeast: 'x' }, { nested: { nested: { levelAtMost: 1 } } },
    { codes: 'a' }, { codes: ['a', null] }, { lang: 'KK' }, { lang: 'kk' }, 'str', [{}]],
  NodeRef: [{ professionId: 'p1' }, {}, { professionId: 'p1', skillId: 's1' }, { professionId: null }, { skillId: 's1' }, { other: 'x' }],
};
const argFor = { Int: 'int', Float: 'float', String: 'string', Boolean: 'boolean', ID: 'id', Lang: 'lang', Date: 'date', '[Int]': 'list',
  '[Int!]': 'list', ProfessionFilter: 'filter', NodeRef: 'ref' };
for (const [type, values] of Object.entries(coercions)) {
  values.forEach((value, i) => add(`coerce ${type} #${i} ${JSON.stringify(value)}`, `query ($v: ${type}) { echo(${argFor[type]}: $v) }`, { variables: { v: value } }));
  add(`coerce ${type}! null`, `query ($v: ${type}!) { echo(${argFor[type]}: $v) }`, { variables: { v: null } });
  add(`coerce ${type}! missing`, `query ($v: ${type}!) { echo(${argFor[type]}: $v) }`, { variables: {} });
  add(`coerce ${type} missing`, `query ($v: ${type}) { echo(${argFor[type]}: $v) }`, { variables: {} });
}
for (const [name, variables] of Object.entries({ 'default used': {}, 'default overridden by null': { v: null }, 'default overridden': { v: 9 } }))
  add(`variable default: ${name}`, 'query ($v: Int = 5) { echo(int: $v) }', { variables });
add('variable default: enum', 'query ($l: Lang = KK) { profession(id: "p1") { name(lang: $l) } }', { variables: {} });
add('variable default: input object', 'query ($f: ProfessionFilter = {levelAtLeast: 5}) { professions(filter: $f) { id } }', { variables: {} });
add('variable in nested input', 'query ($n: Int) { professions(filter: {levelAtLeast: $n}) { id } }', { variables: { n: 4 } });
add('variable in nested input: missing keeps default', 'query ($n: Int) { echo(filter: {levelAtLeast: $n}) }', { variables: {} });
add('variable in list', 'query ($a: Int, $b: Int) { echo(list: [$a, $b, 3]) }', { variables: { a: 1 } });
add('variable for oneOf field', 'query ($p: ID) { ref(by: {professionId: $p}) { id } }', { variables: { p: 'p2' } });
add('variable for oneOf field: null', 'query ($p: ID) { ref(by: {professionId: $p}) { id } }', { variables: { p: null } });
add('variable for oneOf field non-null', 'query ($p: ID!) { ref(by: {professionId: $p}) { id } }', { variables: { p: 'p3' } });
add('variables: skip and include', 'query ($a: Boolean!, $b: Boolean!) { a: profession(id: "p1") @include(if: $a) { id } b: profession(id: "p2") @skip(if: $b) { id } }', { variables: { a: false, b: false } });
add('variables: include with null', 'query ($a: Boolean!) { __typename @include(if: $a) }', { variables: { a: null } });
add('variables: unused extra ones ignored', '{ __typename }', { variables: { extra: 1 } });

// 5. Execution behaviours: errors, aliases, directives, operations, mutations, introspection.
add('failing nullable field', '{ failing profession(id: "p1") { id } }');
add('failing non-null field nulls data', '{ failingNonNull profession(id: "p1") { id } }');
add('failing inside alias', '{ a: failing b: failing }');
add('aliases of one field with different args', '{ kk: profession(id: "p1") { name(lang: KK) } ru: profession(id: "p1") { name(lang: RU) } }');
add('merged identical fields', '{ profession(id: "p1") { id } profession(id: "p1") { name } }');
add('skip literal', '{ profession(id: "p1") { id @skip(if: true) name @include(if: true) level @include(if: false) } }');
add('skip on fragment spread', '{ profession(id: "p1") { id ...F @skip(if: true) } } fragment F on Profession { level }');
add('slow field', '{ slow(ms: 1) }');
add('operation name selects', 'query A { a: __typename } query B { b: __typename }', { operationName: 'B' });
add('operation name missing with two operations', 'query A { a: __typename } query B { b: __typename }');
add('unknown operation name', 'query A { __typename }', { operationName: 'Z' });
add('mutation increment twice', 'mutation { first: increment second: increment }');
add('mutation rename then read', 'mutation { rename(id: "p1", name: "Новое") { id name } increment }');
add('mutation rename missing', 'mutation { rename(id: "zz", name: "x") { id } }');
add('subscription without type', 'subscription { __typename }');
add('typename on root', '{ __typename }');
add('deprecated fields still resolve', '{ profession(id: "p1") { legacyCode } echo(lang: EN) }');
function fullTypeFragments() {
  const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
  return query.slice(query.indexOf('fragment FullType'));
}
// graphql-js 16.15's meta-schema goes beyond October 2021 (directive deprecation, isOneOf); the engine follows it.
add('introspection: full query', getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
add('introspection: every type with FullType', `{ ${['Query', 'Mutation', 'Profession', 'Skill', 'Standard', 'Node', 'Named', 'SearchResult', 'Lang', 'Date',
  'ProfessionFilter', 'NodeRef', '__Type', '__Field'].map(t => `t${t}: __type(name: "${t}") { ...FullType }`).join(' ')} }\n` +
  fullTypeFragments());
add('introspection: root types', '{ __schema { queryType { name } mutationType { name } subscriptionType { name } description } }');
add('introspection: directives', '{ __schema { directives { name locations isRepeatable args { name type { name kind ofType { name } } defaultValue } } } }');
add('introspection: deprecated directives', '{ __schema { directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
add('introspection: isOneOf', '{ a: __type(name: "NodeRef") { isOneOf } b: __type(name: "ProfessionFilter") { isOneOf } }');
for (const type of ['Query', 'Mutation', 'Profession', 'Skill', 'Standard', 'Node', 'Named', 'SearchResult', 'Lang', 'Date', 'ProfessionFilter',
  'NodeRef', 'String', '__Type', 'Nope'])
  add(`introspection: type ${type}`, `{ __type(name: "${type}") { kind name description specifiedByURL fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name defaultValue } type { kind name ofType { kind name ofType { kind name } } } } interfaces { name } possibleTypes { name } enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } inputFields { name defaultValue type { name } } } }`);
add('introspection: hidden deprecated', '{ __type(name: "Lang") { enumValues { name } } p: __type(name: "Profession") { fields { name } } }');
add('introspection: typename of union members', '{ search(text: "свар") { __typename } __type(name: "SearchResult") { possibleTypes { name } } }');

// 6. Invalid documents for every validation rule (test schema).
const invalid = {
  ExecutableDefinitions: ['type X { a: Int } { __typename }', 'extend type Query { x: Int } { __typename }'],
  UniqueOperationNames: ['query A { __typename } query A { __typename }', 'query A { __typename } mutation A { increment }'],
  LoneAnonymousOperation: ['{ __typename } query B { __typename }', '{ __typename } { __typename }'],
  SingleFieldSubscriptions: ['subscription S { a: __typename b: __typename }'],
  KnownTypeNames: ['query ($v: Foo) { __typename }', '{ ... on Foo { __typename } }', 'fragment F on Foo { id } { ...F }'],
  FragmentsOnCompositeTypes: ['fragment F on Int { id } { ...F }', '{ profession(id: "p1") { ... on Lang { id } } }'],
  VariablesAreInputTypes: ['query ($v: Profession) { __typename }', 'query ($v: [SearchResult!]) { __typename }', 'query ($v: Node!) { __typename }'],
  ScalarLeafs: ['{ profession(id: "p1") }', '{ profession(id: "p1") { id { x } } }', '{ search(text: "a") }', '{ echo { x } }'],
  FieldsOnCorrectType: ['{ nope }', '{ profession(id: "p1") { nmae } }', '{ search(text: "") { id } }', '{ node(id: "p1") { level } }', 'mutation { nope }'],
  UniqueFragmentNames: ['fragment F on Query { __typename } fragment F on Query { __typename } { ...F }'],
  KnownFragmentNames: ['{ ...Missing }', '{ profession(id: "p1") { ...A ...B } }'],
  NoUnusedFragments: ['fragment F on Query { __typename } { __typename }', 'fragment F on Query { ...G } fragment G on Query { __typename } { __typename }'],
  PossibleFragmentSpreads: ['{ profession(id: "p1") { ... on Skill { title } } }', 'fragment S on Skill { id } { profession(id: "p1") { ...S } }',
    '{ search(text: "") { ... on Named { id } ... on Lang { x } } }'],
  NoFragmentCycles: ['fragment A on Query { ...B } fragment B on Query { ...A } { ...A }', 'fragment A on Query { ...A } { ...A }'],
  UniqueVariableNames: ['query ($v: Int, $v: Int) { echo(int: $v) }'],
  NoUndefinedVariables: ['{ echo(int: $v) }', 'query Q { ...F } fragment F on Query { echo(int: $x) }'],
  NoUnusedVariables: ['query ($v: Int) { __typename }', 'query ($a: Int, $b: Int) { echo(int: $a) }'],
  KnownDirectives: ['{ __typename @foo }', 'query @include(if: true) { __typename }', '{ profession(id: "p1") @deprecated { id } }'],
  UniqueDirectivesPerLocation: ['{ __typename @skip(if: false) @skip(if: true) }'],
  KnownArgumentNames: ['{ profession(idx: "p1") { id } }', '{ __typename @skip(iff: true) }', '{ echo(nope: 1) }'],
  UniqueArgumentNames: ['{ echo(int: 1, int: 2) }', '{ __typename @include(if: true, if: false) }'],
  ValuesOfCorrectType: ['{ echo(filter: {levelAtLeast: 1, levelAtLeast: 2}) }', '{ ref(by: {professionId: null}) { id } }', '{ echo(list: [[1]]) }'],
  ProvidedRequiredArguments: ['{ profession { id } }', 'mutation { rename(id: "p1") { id } }', '{ __typename @include }', '{ ref { id } }'],
  VariablesInAllowedPosition: ['query ($v: Int) { profession(id: $v) { id } }', 'query ($v: ID) { profession(id: $v) { id } }',
    'query ($v: [Int]) { nodes(ids: $v) { id } }', 'query ($v: Boolean) { __typename @skip(if: $v) }'],
  OverlappingFieldsCanBeMerged: ['{ profession(id: "p1") { a: name a: level } }', '{ profession(id: "p1") { name(lang: KK) name(lang: RU) } }',
    '{ search(text: "") { ... on Profession { id: level } ... on Skill { id } } }', '{ a: profession(id: "p1") { id } a: profession(id: "p2") { id } }',
    '{ node(id: "p1") { ... on Profession { x: level } ... on Standard { x: name } } }'],
  UniqueInputFieldNames: ['{ ref(by: {skillId: "a", skillId: "b"}) { id } }'],
  Multiple: ['query ($v: Int) { nope profession { nmae } ...F }'],
};
for (const [rule, documents] of Object.entries(invalid)) documents.forEach((d, i) => add(`invalid ${rule} #${i + 1}`, d));

// 7. Syntax edge cases (valid and invalid).
const syntax = {
  empty: '', 'only comment': '# nothing here', 'open brace': '{', 'empty selection': '{ }', 'bare keyword': 'query',
  'float without digits': '{ echo(float: 1.) }', 'leading zero': '{ echo(int: 00) }', hex: '{ echo(int: 0x1) }',
  'number then name': '{ echo(int: 1a) }', 'exponent without digits': '{ echo(float: 1e) }', 'dot float': '{ echo(float: .5) }',
  'negative zero': '{ echo(int: -0) }', 'unterminated string': '{ echo(string: "abc) }', 'bad escape': '{ echo(string: "\\x") }',
  'short unicode escape': '{ echo(string: "\\u00") }', 'unicode escape': '{ echo(string: "\\u00e9\\u4E2D") }',
  'braced unicode escape': '{ echo(string: "\\u{1F600}") }', 'lone surrogate escape': '{ echo(string: "\\uD800") }',
  'surrogate pair escape': '{ echo(string: "\\uD83D\\uDE00") }', 'block string': '{ echo(string: """\n    block\n      indented\n    """) }',
  'block string escaped quotes': '{ echo(string: """a \\""" b""") }', 'commas everywhere': ',,{,,__typename,,},,',
  BOM: '\uFEFF{ __typename }', 'CRLF lines': 'query Q {\r\n  __typename\r\n  nope\r\n}', 'tabs': '{\t__typename\t}',
  'fragment named on': 'fragment on on Query { __typename } { ...on }', 'variable in const default': 'query ($v: Int = $w) { __typename }',
  'trailing comma in args': '{ echo(int: 1, ) }', 'chained alias': '{ a: b: __typename }', 'string as field': '{ "a" }',
  'list without commas': '{ echo(list: [1 2 3]) }', 'object without commas': '{ echo(filter: {levelAtLeast: 1 levelAtMost: 2}) }',
  'nested list variable type': 'query ($v: [[Int!]!]) { __typename }', 'int given as float literal': '{ echo(int: 1.0) }',
  'unicode in name': '{ профессия }', 'control character': '{ __typename \u0007 }', 'spread without name': '{ ... }',
  'directive without name': '{ __typename @ }', 'missing colon in variable': 'query ($v Int) { __typename }', 'dollar alone': 'query ($: Int) { __typename }',
  'anonymous with variables and directives': 'query ($a: Boolean = true) @skip(if: false) { __typename @include(if: $a) }',
  'deep nesting': `{ ${'profession(id: "p1") { related { '.repeat(1)}${'related { '.repeat(8)}id${' }'.repeat(10)} }`,
  'many aliases': `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  'ellipsis split': '{ .. . F }', 'unicode escape in block string kept raw': '{ echo(string: """\\u00e9""") }',
};
for (const [name, query] of Object.entries(syntax)) add(`syntax: ${name}`, query);
// Descriptions on operations, fragments and variables: graphql-js 16.15 parses them (spec draft); so does the engine.
add('syntax: description on operation', '"desc" query { __typename }');
add('syntax: description on fragment and variable', 'query Q("the id" $id: ID!) { ...F }\n"""fragment"""\nfragment F on Query { profession(id: $id) { id } }', { variables: { id: 'p1' } });
add('syntax: description on anonymous operation', '"desc" { __typename }');

// 8. The validation helper's corpus over the spec §5 example schema (verdicts only: that schema has no data).
const helperCorpus = readFileSync(join(here, '..', '..', 'Graph.GraphQL.Tests', 'Validation', 'Conformance', 'corpus.graphql'), 'utf8');
for (const chunk of helperCorpus.replace(/\r\n/g, '\n').split(/^#### /m).filter(c => c.trim() !== '')) {
  const newline = chunk.indexOf('\n');
  cases.push({ name: `spec: ${chunk.slice(0, newline).trim()}`, schema: 'spec', query: chunk.slice(newline + 1) });
}

const names = new Set();
for (const c of cases) {
  if (names.has(c.name)) throw new Error(`duplicate case name: ${c.name}`);
  names.add(c.name);
}
writeFileSync(join(here, 'corpus.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} documents (${cases.filter(c => c.schema === 'test').length} over the test schema)`);
