/**
 * Runs the worked example of docs/writing.md (src/docs/writing-walkthrough.ts)
 * against a server with the seed graph, with a real `write` key, and writes
 * each request and its real answer between the page's walkthrough markers.
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/render-writing-walkthrough.ts && npx prettier --write docs/writing.md
 * It writes to that database: run it on a scratch copy of the seed graph.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { runWalkthrough, type WalkthroughAnswer } from '../src/docs/writing-walkthrough';
import { systemViewer } from '../src/domain';
import { withDocsServer } from './lib/docs-server';
import { ApiKeyStore, GraphClient } from '../src/graph';

const root = join(__dirname, '..');
const START = '<!-- walkthrough:start -->';
const END = '<!-- walkthrough:end -->';

function render(answers: readonly WalkthroughAnswer[]): string {
  return answers
    .map(({ step, body }) => {
      const variables = step.shownVariables ?? step.variables;
      return [
        `### ${step.title}`,
        '',
        step.text,
        '',
        '```graphql',
        step.query,
        '```',
        ...(variables ? ['', '```json variables', JSON.stringify(variables, null, 2), '```'] : []),
        '',
        'Response:',
        '',
        '```json response',
        JSON.stringify(
          body.errors ? { data: body.data as unknown, errors: body.errors } : { data: body.data as unknown },
          null,
          2,
        ),
        '```',
      ].join('\n');
    })
    .join('\n\n');
}

async function main() {
  const file = join(root, 'docs', 'writing.md');
  const page = readFileSync(file, 'utf8');
  await withDocsServer(async ({ url, config, driver }) => {
    const client = new GraphClient(driver, { database: config.neo4j.database, timeoutMs: 30_000 });
    const { token } = await new ApiKeyStore({ cacheMs: 0 }).create(
      client,
      { name: 'analyst', scopes: ['read', 'write'] },
      systemViewer('docs').actor,
    );
    const articleText = readFileSync(
      join(root, 'test', 'fixtures', 'seeds', 'test-articles', 'articles', '101_boasberg_impeachment_calls.txt'),
      'utf8',
    );
    const answers = await runWalkthrough({ prefix: '', articleText }, async (step) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: step.query, variables: step.variables }),
      });
      return (await res.json()) as WalkthroughAnswer['body'];
    });
    const start = page.indexOf(START);
    const end = page.indexOf(END);
    if (start === -1 || end === -1) throw new Error(`docs/writing.md needs the markers ${START} and ${END}`);
    writeFileSync(file, `${page.slice(0, start + START.length)}\n\n${render(answers)}\n\n${page.slice(end)}`);
    console.log(`rendered ${answers.length} steps into docs/writing.md`);
  });
}

void main();
