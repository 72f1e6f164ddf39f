import { startTestApi, type TestApi } from '../support/api';

/**
 * Work is bounded before validation: the worst request under each limit costs little
 * server CPU, and one over a limit is refused before graphql's quadratic rules run.
 * CPU, not wall time (the machine is shared): process.cpuUsage around one in-process
 * request, client and server both; the least of a few runs, so a GC pause or a JIT
 * compile of an earlier test does not land on one figure.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(); // the default limits
});
afterAll(async () => api?.stop());

const CPU_BUDGET_MS = 50;
const rep = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join(' ');

async function cpuOf(query: string, variables?: Record<string, unknown>) {
  let best = Infinity;
  let last: Awaited<ReturnType<TestApi['gql']>> | undefined;
  for (let run = 0; run < 5; run += 1) {
    const before = process.cpuUsage();
    last = await api.gql(query, variables);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, res: last! };
}

/**
 * Each the costliest shape we know within the default limits: 500 fields, 100 per selection set,
 * 30 aliases, 50 fragment spreads, directives and variables, strings of 10,000 characters.
 */
const WORST_UNDER_LIMITS: Record<string, string> = {
  'many identical fields with selections': `{ ${rep(100, () => 'stats { entityCount }')} }`,
  'identical fields whose selections repeat one field': `{ ${rep(5, () => `entity(id: "nayib-bukele") { ${rep(99, () => 'name')} }`)} }`,
  'many fields of one name, each with other arguments': `{ ${rep(100, (i) => `entity(id: "e${i}") { id }`)} }`,
  'many aliases of __typename, in many selection sets': `{ ${rep(30, (i) => `t${i}: __typename`)} ${rep(5, () => `stats { ${rep(90, () => '__typename')} }`)} }`,
  'many fragments spread side by side': `{ ${rep(50, (i) => `...F${i}`)} } ${rep(50, (i) => `fragment F${i} on Query { ${rep(5, () => 'stats { entityCount }')} }`)}`,
  'deep fragments, each spreading the next': `{ ...F0 } ${rep(49, (i) => `fragment F${i} on Query { __typename stats { entityCount } ...F${i + 1} }`)} fragment F49 on Query { __typename }`,
  'many directives': `{ ${rep(50, () => '__typename @include(if: true)')} }`,
  'many variables': `query(${rep(50, (i) => `$v${i}: Boolean = true`)}) { ${rep(50, (i) => `__typename @skip(if: $v${i})`)} }`,
  'a long string': `{ entity(id: "${'x'.repeat(10_000)}") { id } }`,
};

describe('the worst request under every limit costs under 50 ms of server CPU', () => {
  beforeAll(async () => {
    for (const query of Object.values(WORST_UNDER_LIMITS)) await api.gql(query); // warm the JIT
  });

  it.each(Object.entries(WORST_UNDER_LIMITS))('%s', async (_shape, query) => {
    const { ms, res } = await cpuOf(query);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('LIMIT_EXCEEDED');
    expect(ms).toBeLessThan(CPU_BUDGET_MS);
  });
});

describe('a request over a limit is refused before validation, naming the limit', () => {
  const OVER: Array<[string, string]> = [
    ['maxFields', `{ ${rep(1240, () => 'stats { entityCount }')} }`], // the request of issue 12: 1.1 s of CPU before
    ['maxFieldsPerSelection', `{ ${rep(101, () => '__typename')} }`],
    ['maxAliases', `{ ${rep(31, (i) => `t${i}: __typename`)} }`],
    [
      'maxFields',
      `{ ...F0 } ${rep(30, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F30 on Query { __typename }`,
    ],
    ['maxFragmentSpreads', `{ ${rep(51, () => '...F')} } fragment F on Query { __typename }`],
    ['maxDirectives', `{ __typename ${rep(51, () => '@skip(if: false)')} }`],
    ['maxVariables', `query(${rep(51, (i) => `$v${i}: Int`)}) { __typename }`],
    ['maxStringLength', `{ entity(id: "${'x'.repeat(10_001)}") { id } }`],
  ];

  it.each(OVER)('%s', async (limit, query) => {
    const { ms, res } = await cpuOf(query);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: expect.stringMatching(new RegExp(`the limit ${limit} = \\d+\\.$`)),
        extensions: { code: 'LIMIT_EXCEEDED', limit, value: expect.any(Number) },
      },
    ]);
    expect(ms).toBeLessThan(CPU_BUDGET_MS);
  });
});
