// HTTP load figures for the API serving the seeds: starts the Release build on a free port with rate limiting off,
// runs each scenario (default 32 connections × 20 s) and prints requests/s, p50 and p99 latency and the API's RSS.
// Usage: dotnet build src/Graph.Api -c Release && (cd bench/load && npm ci && node load.mjs [seconds] [connections])
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';

const seconds = Number(process.argv[2] ?? 20);
const connections = Number(process.argv[3] ?? 32);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dll = join(root, 'src/Graph.Api/bin/Release/net10.0/Graph.Api.dll');
if (!existsSync(dll)) { console.error(`build first: dotnet build src/Graph.Api -c Release (${dll} missing)`); process.exit(1); }

const scenarios = [
  {
    // kk reference-info: call-centre employee (level 3) to the call-centre head (level 7), printed steps only.
    name: 'careerPaths kk call-centre 3→7, inferred: false',
    query: `{ careerPaths(from: {title: "Call-орталық қызметкері", level: 3},
                          to: {title: "Call-орталықтың басшысы (басқарушысы)", level: 7}, inferred: false, first: 5) {
               length newSkills confidence steps { kind confidence to { id title level } } } }`,
  },
  {
    // What the counsellor app asks for a plan: inferred steps allowed, each step's missing items in Russian.
    name: 'careerPaths kk call-centre 3→7, inferred, per-step gaps (ru)',
    query: `{ careerPaths(from: {title: "Call-орталық қызметкері", level: 3},
                          to: {title: "Call-орталықтың басшысы (басқарушысы)", level: 7}, first: 5, lang: RU) {
               length newSkills steps { kind to { id title level } gap { coverage missing { kind text } } } } }`,
  },
  {
    name: 'profession(id:) lookup',
    query: `{ profession(id: "order-394_2025/9") { id title level occupationCode standard { id } } }`,
  },
];

const port = await new Promise(resolve => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const url = `http://127.0.0.1:${port}/graphql`;
const api = spawn('dotnet', [dll], {
  cwd: join(root, 'src/Graph.Api'),
  env: { ...process.env, Urls: `http://127.0.0.1:${port}`, RateLimiting__PermitsPerMinute: '0',
         ASPNETCORE_ENVIRONMENT: 'Production' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
api.stdout.on('data', d => { const line = d.toString(); if (/loaded in|fail|crit/i.test(line)) process.stdout.write(`api: ${line}`); });
process.on('exit', () => api.kill());

const post = body => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
for (let i = 0; ; i++) {
  try { if ((await post(JSON.stringify({ query: '{ __typename }' }))).ok) break; } catch { /* not listening yet */ }
  if (api.exitCode !== null || i > 1200) { console.error('API did not start'); process.exit(1); }
  await new Promise(r => setTimeout(r, 50));
}
const rss = () => /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))[1] / 1024;

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map(l => l.toFixed(2)).join(' ')}`);
console.log(`${connections} connections × ${seconds} s per scenario; API pid ${api.pid}, RSS at start ${rss().toFixed(0)} MB`);
for (const s of scenarios) {
  const body = JSON.stringify({ query: s.query });
  const check = await (await post(body)).json();   // a wrong query must fail the run, not be measured
  if (check.errors) { console.error(`${s.name}: ${JSON.stringify(check.errors)}`); process.exit(1); }
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body,
                               connections, duration: seconds });
  console.log(`${s.name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, `
    + `${r.requests.total} requests, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}; `
    + `load average ${loadavg()[0].toFixed(2)}, RSS ${rss().toFixed(0)} MB`);
}
api.kill();
