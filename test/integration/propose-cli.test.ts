/** `npm run propose` as a process against a running server: the review URL, the summary, and batch exit codes. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { startTestApi, type TestApi } from '../support/api';
import { bearer, makeKey } from '../support/keys';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ARTICLE = join(ROOT, 'test/fixtures/seeds/test-articles/articles/101_boasberg_impeachment_calls.txt');
const RUN = `propose-cli-${process.pid}-${Date.now()}`;
const ARGS = [
  ARTICLE,
  '--title',
  'Judge faces impeachment calls',
  '--published',
  '2025-03-19',
  '--publisher=Test Wire',
];

/** Asynchronous (not spawnSync): the server under test answers from this same process. */
function propose(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(TSX, ['src/propose/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, PUBLIC_URL: '', NEWSGRAPH_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

jest.setTimeout(180_000);

let api: TestApi;
let port: string;
const keys = { write: '', read: '' };
beforeAll(async () => {
  api = await startTestApi();
  port = new URL(api.server.url).port;
  keys.write = (await makeKey(api.driver, `${RUN} write`, ['read', 'write'])).token;
  keys.read = (await makeKey(api.driver, `${RUN} read`, ['read'])).token;
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $run DETACH DELETE k', { run: RUN });
  await api.stop();
});

it('creates a draft, prints its review URL alone on stdout and a summary on stderr (exit 0)', async () => {
  const out = await propose(ARGS, { NEWSGRAPH_WRITE_KEY: keys.write, PORT: port });
  expect(out.code).toBe(0);
  const url = out.stdout.trim();
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/review\\?draft=draft-[0-9a-f]{12}$`));
  expect(out.stderr).toMatch(/relationship proposals:/);
  expect(out.stderr).toContain('linked to');
  const id = new URL(url).searchParams.get('draft');
  const res = await api.gql(
    `query($id: ID!) { draft(id: $id) { state createdBy { type } document { title publisher published } } }`,
    { id },
    bearer(keys.read),
  );
  expect(res.body.data.draft).toEqual({
    state: 'OPEN',
    createdBy: { type: 'key' },
    document: { title: 'Judge faces impeachment calls', publisher: 'Test Wire', published: '2025-03-19' },
  });
});

it('uses PUBLIC_URL for the review URL and the API when set', async () => {
  const out = await propose(ARGS, { NEWSGRAPH_WRITE_KEY: keys.write, PUBLIC_URL: `${api.server.url}/` });
  expect(out.code).toBe(0);
  expect(out.stdout.trim()).toMatch(new RegExp(`^${api.server.url.replace(/\./g, '\\.')}/review\\?draft=draft-`));
});

it.each([
  ['no --title', [ARTICLE, '--published', '2025-03-19'], { NEWSGRAPH_WRITE_KEY: 'x' }, 2, /expected --title/],
  [
    'a missing file',
    ['/nonexistent.txt', '--title', 'T', '--published', '2025'],
    { NEWSGRAPH_WRITE_KEY: 'x' },
    2,
    /cannot read/,
  ],
  ['no key', ARGS, { NEWSGRAPH_WRITE_KEY: '' }, 2, /NEWSGRAPH_WRITE_KEY is not set/],
  ['a read key', ARGS, { NEWSGRAPH_WRITE_KEY: 'read' }, 3, /FORBIDDEN/],
  [
    'a malformed date',
    [ARTICLE, '--title', 'T', '--published', 'March 2025'],
    { NEWSGRAPH_WRITE_KEY: 'write' },
    3,
    /BAD_USER_INPUT/,
  ],
  ['no server', ARGS, { NEWSGRAPH_WRITE_KEY: 'write', PORT: '1' }, 4, /did not answer/],
])('%s is refused with its exit code', async (_what, args, env, code, message) => {
  const key =
    env.NEWSGRAPH_WRITE_KEY === 'read'
      ? keys.read
      : env.NEWSGRAPH_WRITE_KEY === 'write'
        ? keys.write
        : env.NEWSGRAPH_WRITE_KEY;
  const out = await propose(args, { PORT: port, ...env, NEWSGRAPH_WRITE_KEY: key });
  expect(out.stderr).toMatch(message);
  expect(out.code).toBe(code);
  expect(out.stdout).toBe('');
});
