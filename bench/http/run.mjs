// End-to-end HTTP load benchmark: our endpoint (tests/ConformanceServer, Release) vs graphql-js 16 behind graphql-http
// (tests/conformance/serve-graphql-js.mjs); same SDL, data and query (bench/Graph.Benchmarks/GraphQL/CareerQuery.cs),
// same autocannon load, one server at a time. Only 127.0.0.1 is contacted; every run is bounded in time.
// Usage: node run.mjs [--connections 32] [--duration 20] [--warmup 5]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const connections = option('connections', 32);
const duration = option('duration', 20);
const warmup = option('warmup', 5);

// The query text and variables are read from the C# benchmark so both benchmarks measure the same request.
const csharp = readFileSync(join(root, 'bench', 'Graph.Benchmarks', 'GraphQL', 'CareerQuery.cs'), 'utf8');
const rawStrings = [...csharp.matchAll(/"""\r?\n?([\s\S]*?)"""/g)].map(m => m[1]);
const query = rawStrings[0].split('\n').map(l => l.replace(/^ {8}/, '')).join('\n').trim();
const variables = JSON.parse(rawStrings[1]);
const body = JSON.stringify({ query, variables, operationName: 'Career' });

const run = (command, args, cwd) => {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
};
const conformance = join(root, 'tests', 'conformance');
if (!existsSync(join(conformance, 'node_modules', 'graphql-http'))) run('npm', ['ci', '--no-audit', '--no-fund'], conformance);
run('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', join(root, 'tests', 'ConformanceServer')], root);

const servers = [
  { name: 'Graph.GraphQL (ASP.NET Core)', port: 5081,
    start: () => spawn('dotnet', [join(root, 'tests', 'ConformanceServer', 'bin', 'Release', 'net10.0', 'ConformanceServer.dll'), '--urls', 'http://127.0.0.1:5081'],
      { cwd: join(root, 'tests', 'ConformanceServer', 'bin', 'Release', 'net10.0'), stdio: 'ignore', env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production' } }) },
  { name: 'graphql-js 16.15 (graphql-http)', port: 5082,
    start: () => spawn('node', [join(conformance, 'serve-graphql-js.mjs'), '5082'], { stdio: 'ignore' }) },
];

const post = port => fetch(`http://127.0.0.1:${port}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body,
}).then(r => r.json());

async function waitReady(port) {
  for (let i = 0; i < 100; i++) {
    try { return await post(port); } catch { await new Promise(r => setTimeout(r, 200)); }
  }
  throw new Error(`server on ${port} did not start within 20 s`);
}

const load = (port, seconds) => autocannon({
  url: `http://127.0.0.1:${port}/graphql`, method: 'POST', connections, duration: seconds, body,
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
});

const results = [];
const responses = [];
for (const server of servers) {
  const child = server.start();
  try {
    const response = await waitReady(server.port);
    if (response.errors) throw new Error(`${server.name} answered with errors: ${JSON.stringify(response.errors)}`);
    responses.push(JSON.stringify(response));
    await load(server.port, warmup);
    const r = await load(server.port, duration);
    results.push({ name: server.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total });
  } finally {
    child.kill('SIGTERM');
  }
}
if (responses[0] !== responses[1]) console.log('WARNING: the two servers answered the benchmark query differently');

console.log(`\n${connections} connections, ${duration} s (after ${warmup} s warm-up), one server at a time; query: Career (nested fragments + variables), ${body.length} B request`);
console.log('server                            req/s      p50 ms   p99 ms   errors');
for (const r of results)
  console.log(`${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}`);
const [ours, js] = results;
console.log(`throughput ratio (ours / graphql-js): ${(ours.rps / js.rps).toFixed(2)}x; p99 ${ours.p99} ms vs ${js.p99} ms`);
