/**
 * Runs every example of docs/querying.md against a server with the seed graph
 * and writes each real response into the ```json response block under it.
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/render-query-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadConfig } from '../src/config';
import { parseQueryExamples } from '../src/docs/examples';
import { createDriver } from '../src/graph';
import { startServer } from '../src/server/app';
import { createLogger } from '../src/server/logger';

async function main() {
  const file = join(__dirname, '..', 'docs', 'querying.md');
  let markdown = readFileSync(file, 'utf8');
  const config = loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent' });
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
    retryMs: 1000,
  });
  const server = await startServer({ config, driver, logger: createLogger('silent') });
  try {
    for (const example of parseQueryExamples(markdown)) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query, variables: example.variables }),
      });
      const body = (await res.json()) as { extensions?: { newsgraph?: { elapsedMs?: number } } };
      if (body.extensions?.newsgraph) delete body.extensions.newsgraph.elapsedMs;
      const rendered = '```json response\n' + JSON.stringify(body, null, 2) + '\n```';
      const start = markdown.indexOf(`### ${example.title}\n`);
      const next = markdown.slice(start + 4).search(/^#{2,3} /m);
      const end = next === -1 ? markdown.length : start + 4 + next;
      let part = markdown.slice(start, end);
      part = /```json response\n[\s\S]*?```/.test(part)
        ? part.replace(/```json response\n[\s\S]*?```/, rendered)
        : part.replace(/(```graphql\n[\s\S]*?```\n)/, `$1\nResponse:\n\n${rendered}\n`);
      markdown = markdown.slice(0, start) + part + markdown.slice(end);
      console.log(`rendered: ${example.title}`);
    }
    writeFileSync(file, markdown);
  } finally {
    await server.stop();
    await driver.close();
  }
}

void main();
