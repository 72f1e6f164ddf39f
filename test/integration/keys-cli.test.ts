/** The `npm run keys` CLI as a process, and its keys at the API. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { startTestApi, type TestApi } from '../support/api';
import { bearer } from '../support/keys';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const RUN = `keys-cli-test-${process.pid}-${Date.now()}`;

function keys(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(TSX, ['src/keys/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run of the CLI starts tsx and a driver: seconds apiece on a loaded machine.
jest.setTimeout(180_000);

let api: TestApi;
beforeAll(async () => {
  // No cache: a revocation by the CLI (another process) is seen on the next request.
  api = await startTestApi({ API_KEY_CACHE_MS: '0' });
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $run DETACH DELETE k', { run: RUN });
  await api.stop();
});

describe('npm run keys', () => {
  it('creates a key and prints its secret once, alone on stdout; list shows it without; revoke ends it', async () => {
    const created = keys(['create', '--name', `${RUN} admin`, '--scope', 'admin', '--scope=read']);
    expect(created.stderr).toContain('The secret below is shown once');
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^ngk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).not.toContain(secret.slice(21));
    const id = secret.slice(4, 20);
    expect(created.stderr).toContain(`${id}  "${RUN} admin"  scopes=read,admin  created `);
    expect(created.stderr).toContain('by system:keys-cli');

    const listed = await api.gql('{ apiKeys { id name scopes createdBy } }', {}, bearer(secret));
    expect(listed.status).toBe(200);
    expect(listed.body.data.apiKeys).toContainEqual({
      id,
      name: `${RUN} admin`,
      scopes: ['READ', 'ADMIN'],
      createdBy: 'system:keys-cli',
    });

    const list = keys(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${id}  "${RUN} admin"`);
    expect(list.stdout + list.stderr).not.toContain(secret.slice(21));

    const revoked = keys(['revoke', id]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^${id} .* revoked \\S+ by system:keys-cli`));
    expect(keys(['list', '--all']).stdout).toContain(id);

    const refused = await api.gql('{ apiKeys { id } }', {}, bearer(secret));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toBe('The bearer API key has been revoked.');
  });

  it('refuses bad arguments before connecting, naming what was expected', () => {
    const env = { NEO4J_URI: 'bolt://127.0.0.1:1' };
    const badScope = keys(['create', '--name', 'x', '--scope', 'superuser'], env);
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toContain('one or more of read, write, admin; got "superuser"');
    const noName = keys(['create', '--scope', 'read'], env);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('create needs --name');
    expect(keys([], env).stderr).toContain('usage: npm run keys');
    const unknown = keys(['revoke', '0000000000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no API key with id "0000000000000000"');
  });
});
