/** The `npm run seed` CLI as a process: what an analyst sees. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { fixtureDir, SEEDS_DIR } from '../fixtures/seeds/helpers';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function seed(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(TSX, ['src/seed/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run seed', () => {
  it('prints every problem with file and path and exits 1 without connecting', () => {
    const result = seed(['--dir', fixtureDir('bad-disallowed-endpoint')], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('seed: 2 problem(s) in');
    expect(result.stderr).toContain(
      'graph/fixture.json relationships[0].from: "examplestan" is a Country: LEADS cannot start at a Country; allowed subject kinds: Person',
    );
    expect(result.stderr).toContain('graph/fixture.json relationships[0].to: ');
  });

  it('names NEO4J_URI when it is unset', () => {
    const result = seed(['--dir', SEEDS_DIR], { NEO4J_URI: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NEO4J_URI is not set');
  });

  it('writes a valid seed and prints the counts (idempotent: the global setup already loaded it)', () => {
    const result = seed(['--dir', SEEDS_DIR]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('seeded: 1 document(s), 31 entities, 44 relationships');
    expect(result.stdout).toContain('relationships by type: ADDRESSED_TO 1,');
  });
});
