/**
 * Runs every example of docs/querying.md against a server with the seed graph
 * and writes each real response into the ```json response block under it.
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/render-query-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseQueryExamples } from '../src/docs/examples';
import { withDocsServer } from './lib/docs-server';

async function main() {
  const file = join(__dirname, '..', 'docs', 'querying.md');
  let markdown = readFileSync(file, 'utf8');
  await withDocsServer(async (server) => {
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
  });
}

void main();
