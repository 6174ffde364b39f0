// graphql-js 16 behind graphql-http's node handler: the reference server for bench/http, over the same SDL and data
// as our ConformanceServer. Usage: node serve-graphql-js.mjs <port>
import { createServer } from 'node:http';
import { createHandler } from 'graphql-http/lib/use/http';
import { makeSchema } from './test-schema.mjs';

const port = Number(process.argv[2] ?? 5082);
const handler = createHandler({ schema: makeSchema() });
createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`graphql-js on http://127.0.0.1:${port}/graphql`));
