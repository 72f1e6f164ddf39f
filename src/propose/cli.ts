/**
 * `npm run propose -- FILE --title … --published … [--publisher …] [--url …]`:
 * creates a draft of one article through the running server's API (the same
 * `proposeFromText` the review page calls), as the write key in
 * NEWSGRAPH_WRITE_KEY, so every draft is attributable to a key and the CLI
 * never competes with the server for the database. Prints the review URL
 * alone on stdout (a batch captures it) and a summary on stderr.
 *
 * Exit codes, for batches: 0 draft created; 2 usage (arguments, file, no
 * key); 3 refused by the API (bad input, credential, scope); 4 the server did
 * not answer or failed (unreachable, DATABASE_UNAVAILABLE, TIMEOUT).
 */
import { readFile } from 'node:fs/promises';

import { ConfigError, loadConfig } from '../config';
import { USAGE, parseArgs } from './args';
import { summary, type ProposedDraft } from './summary';

const REFUSALS = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'LIMIT_EXCEEDED', 'NOT_FOUND']);

function exit(code: number, message: string): never {
  process.stderr.write(`propose: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

const MUTATION = `mutation Propose($input: ProposeFromTextInput!) {
  proposeFromText(input: $input) {
    id
    document { title text }
    mentions { entity { entityId } }
    entities { name kind named }
    proposals { id type quote status from { name } to { name } }
  }
}`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') exit(2, args);
  const key = process.env['NEWSGRAPH_WRITE_KEY'];
  if (!key)
    exit(2, 'NEWSGRAPH_WRITE_KEY is not set: create a key with `npm run keys -- create --name NAME --scope write`');
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    exit(2, `cannot read ${args.file}: ${(error as Error).message}`);
  }
  let port: number;
  try {
    port = loadConfig().http.port;
  } catch (error) {
    exit(2, error instanceof ConfigError ? error.message : String(error));
  }
  const base = (process.env['PUBLIC_URL'] || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  const api = (process.env['NEWSGRAPH_URL'] || base).replace(/\/+$/, '');
  const { file: _file, ...fields } = args;
  let body: {
    data?: { proposeFromText: ProposedDraft } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  try {
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: MUTATION, variables: { input: { ...fields, text } } }),
      signal: AbortSignal.timeout(120_000),
    });
    body = (await res.json()) as typeof body;
  } catch (error) {
    exit(4, `the server at ${api} did not answer: ${(error as Error).message}`);
  }
  const error = body.errors?.[0];
  if (error || !body.data) {
    const code = error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    exit(REFUSALS.has(code) ? 3 : 4, `${args.file}: ${code}: ${error?.message ?? 'no answer'}`);
  }
  const draft = body.data.proposeFromText;
  process.stdout.write(`${base}/review?draft=${encodeURIComponent(draft.id)}\n`);
  process.stderr.write(`${summary(args.file, draft)}\n`);
}

void main();
