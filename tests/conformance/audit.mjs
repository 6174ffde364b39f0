// Runs graphql-http's serverAudits against a running endpoint. Every audit (MUST, SHOULD and MAY) has to pass, as
// the README reports. Usage: node audit.mjs <endpoint url>. Exit code 1 when any audit is not ok.
import { auditServer } from 'graphql-http';

const [url] = process.argv.slice(2);
const results = await auditServer({ url });
let failed = 0;
const tally = {};
for (const r of results) {
  const level = r.name.split(' ')[0];
  tally[`${level} ${r.status}`] = (tally[`${level} ${r.status}`] ?? 0) + 1;
  if (r.status !== 'ok') {
    console.log(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}`);
    failed++;
  }
}
console.log(`graphql-http audit: ${results.length} audits; ${Object.entries(tally).sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`);
process.exit(failed === 0 ? 0 : 1);
