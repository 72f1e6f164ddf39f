import path from 'node:path';

import { readQueryExamples } from '../../src/docs/examples';
import { repoRoot } from '../../src/local-neo4j';
import { startTestApi, type TestApi } from '../support/api';

const examples = readQueryExamples(path.join(repoRoot(), 'docs', 'querying.md'));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('docs/querying.md', () => {
  it('has worked examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [e.title, e] as const))(
    'example "%s" runs on the seed graph without errors',
    async (_title, example) => {
      const res = await api.gql(example.query, example.variables ?? undefined);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toBeTruthy();
    },
  );
});
