import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {
  ensureLauncherBuilt,
  findFreePort,
  javaArgs,
  javaCommand,
  repoRoot,
  startLocalNeo4j,
} from '../../src/local-neo4j';
import { testDriver } from '../support/neo4j';

// Each test starts its own JVM next to the shared one from global-setup: allow for a slow machine.
jest.setTimeout(240_000);

const small = { heap: '512m', pageCache: '64m' } as const;
let jar: string;
const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-local-neo4j-test-'));
  tempDirs.push(dir);
  return dir;
}

/** A zombie (exited, not yet reaped by whoever adopted it) counts as gone. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): kill(0) is all we have
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) throw new Error(`pid ${pid} still running after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  jar = await ensureLauncherBuilt();
});

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

test('starts on a fresh dir, stops cleanly, and reopens the same data', async () => {
  const dataDir = await tempDir();
  const first = await startLocalNeo4j({ dataDir, ...small });
  expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
  const marker = `marker-${Date.now()}`;
  const driver = testDriver(first.uri);
  try {
    const one = await driver.executeQuery('RETURN 1 AS one');
    expect(one.records[0]?.get('one')).toBe(1);
    await driver.executeQuery('CREATE (:LocalNeo4jTest {marker: $marker})', { marker });
  } finally {
    await driver.close();
    await first.stop();
  }
  expect(() => process.kill(first.pid, 0)).toThrow();
  await first.stop(); // idempotent

  const second = await startLocalNeo4j({ dataDir, ...small });
  const again = testDriver(second.uri);
  try {
    const found = await again.executeQuery('MATCH (n:LocalNeo4jTest {marker: $marker}) RETURN count(n) AS n', {
      marker,
    });
    expect(found.records[0]?.get('n')).toBe(1);
  } finally {
    await again.close();
    await second.stop();
  }
  expect(isRunning(second.pid)).toBe(false);
});

test('a missing --data exits with code 2 and names the argument', () => {
  const result = spawnSync(javaCommand(), ['-jar', jar, '--port', '7687'], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/--data/);
});

test('the JVM shuts down when its stdin closes', async () => {
  const dataDir = await tempDir();
  const child = spawn(javaCommand(), javaArgs(jar, dataDir, await findFreePort(), small), {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stdout = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('NEO4J_READY')) resolve();
    });
    void exit.then((code) => reject(new Error(`exited with ${code} before ready; stdout: ${stdout}`)));
  });

  child.stdin.end();
  expect(await exit).toBe(0);
  expect(stdout).toMatch(/^NEO4J_READY bolt:\/\/127\.0\.0\.1:\d+\nNEO4J_STOPPED\n$/);
});

test('the JVM does not outlive a Node parent killed with SIGKILL', async () => {
  const dataDir = await tempDir();
  const parent = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/local-neo4j/cli.ts',
      '--port',
      '0',
      '--data',
      dataDir,
      '--heap',
      small.heap,
      '--pagecache',
      small.pageCache,
    ],
    {
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const javaPid = await new Promise<number>((resolve, reject) => {
    let out = '';
    parent.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const pid = /\(pid (\d+),/.exec(out)?.[1];
      if (pid) resolve(Number(pid));
    });
    parent.once('exit', (code) => reject(new Error(`cli exited with ${code} before ready: ${out}`)));
  });
  expect(isRunning(javaPid)).toBe(true);

  parent.kill('SIGKILL');
  await waitUntilGone(javaPid, 60_000);
});
