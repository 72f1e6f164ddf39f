import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { renderManifest } from '../../scripts/build-persisted-manifest';
import { ConfigError, loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph';
import { startServer } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { operationHash } from '../../src/server/persisted';
import { startTestApi, type TestApi } from '../support/api';

const root = path.join(__dirname, '..', '..');
const manifestFile = path.join(root, 'operations', 'persisted-operations.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const search = readFileSync(path.join(root, 'operations', 'ExplorerSearch.graphql'), 'utf8');
const searchHash = operationHash(search);
const UNVETTED = '{ stats { entityCount } }';

const post = async (api: TestApi, body: unknown): Promise<{ status: number; body: any }> => {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

describe('the persisted operations manifest', () => {
  it('is fresh: operations/*.graphql hashed as committed (npm run persisted:build)', () => {
    expect(readFileSync(manifestFile, 'utf8')).toBe(renderManifest());
  });

  it('holds each vetted document under the sha256 of its exact text', () => {
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    const entry = manifest.operations.find((op: { name: string }) => op.name === 'ExplorerSearch');
    expect(entry).toEqual({ id: searchHash, name: 'ExplorerSearch', type: 'query', body: search });
  });
});

describe('PERSISTED_OPERATIONS=enforce', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ PERSISTED_OPERATIONS: 'enforce' });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('runs a vetted operation sent as its full text', async () => {
    const res = await post(api, { query: search, variables: { text: 'bukele' } });
    expect(res.status).toBe(200);
    expect(res.body.data.search[0].entity.id).toBe('nayib-bukele');
  });

  it('runs a vetted operation sent as its hash alone (APQ style), over POST and GET', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: searchHash } };
    const res = await post(api, { extensions, variables: { text: 'bukele' } });
    expect(res.status).toBe(200);
    expect(res.body.data.search[0].entity.id).toBe('nayib-bukele');

    const params = new URLSearchParams({
      extensions: JSON.stringify(extensions),
      variables: JSON.stringify({ text: 'trump' }),
    });
    const get = await fetch(`${api.url}?${params.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect((await get.json()).data.search[0].entity.id).toBe('donald-trump');
  });

  it('refuses any other text with 403 PERSISTED_QUERY_NOT_ALLOWED, naming its hash and what to do', async () => {
    const res = await post(api, { query: UNVETTED });
    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
    const [error] = res.body.errors;
    expect(error.extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(error.message).toContain(operationHash(UNVETTED));
    expect(error.message).toContain('npm run persisted:build');
  });

  it('refuses a vetted text changed by one character', async () => {
    const res = await post(api, { query: `${search} `, variables: { text: 'bukele' } });
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses an unknown hash, over POST and GET, and every operation of a batch', async () => {
    const unknown = operationHash(UNVETTED);
    const res = await post(api, { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } });
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(res.body.errors[0].message).toContain(unknown);

    const get = await fetch(`${api.url}?query=${encodeURIComponent(UNVETTED)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(403);

    const batch = await post(api, [{ query: search, variables: { text: 'x' } }, { query: UNVETTED }]);
    expect(batch.status).toBe(403);
  });

  it('refuses a hash that does not match the text sent (the text counts)', async () => {
    const res = await post(api, {
      query: UNVETTED,
      extensions: { persistedQuery: { version: 1, sha256Hash: searchHash } },
    });
    expect(res.status).toBe(403);
  });
});

describe('PERSISTED_OPERATIONS=off (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('runs anything, and still resolves a manifest hash sent alone', async () => {
    expect((await post(api, { query: UNVETTED })).body.data.stats.entityCount).toBeGreaterThan(0);
    const res = await post(api, {
      extensions: { persistedQuery: { version: 1, sha256Hash: searchHash } },
      variables: { text: 'bukele' },
    });
    expect(res.body.data.search[0].entity.id).toBe('nayib-bukele');
  });

  it("leaves an unknown hash to Apollo's own APQ (PERSISTED_QUERY_NOT_FOUND)", async () => {
    const res = await post(api, {
      extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(UNVETTED) } },
    });
    expect(res.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('configuration', () => {
  it('names the variable on a wrong value', () => {
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'strict' })).toThrow(ConfigError);
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'strict' })).toThrow(/PERSISTED_OPERATIONS="strict"/);
    expect(loadConfig({}).http.persistedOperations).toBe('off');
  });

  it('will not start enforcing without a manifest', async () => {
    const config = loadConfig({ ...process.env, PORT: '0', PERSISTED_OPERATIONS: 'enforce' });
    const driver = createDriver({
      uri: config.neo4j.uri!,
      user: config.neo4j.user,
      password: config.neo4j.password,
      retryMs: 0,
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-manifest-'));
    try {
      await expect(
        startServer({
          config,
          driver,
          logger: createLogger('silent'),
          persistedManifest: path.join(dir, 'missing.json'),
        }),
      ).rejects.toThrow(/No persisted operations manifest at .*missing\.json: run npm run persisted:build/);
      writeFileSync(path.join(dir, 'bad.json'), '{"operations": 3}');
      await expect(
        startServer({ config, driver, logger: createLogger('silent'), persistedManifest: path.join(dir, 'bad.json') }),
      ).rejects.toThrow(/is not a persisted query manifest/);
    } finally {
      await driver.close();
    }
  });
});
