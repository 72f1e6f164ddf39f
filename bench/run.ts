/**
 * `npm run bench [-- --quick] [--entities N --relationships M --seed S] [--connections 8]
 *   [--warmup S] [--duration S] [--data-dir DIR] [--reset] [--targets newsgraph,library,raw]
 *   [--queries a,b] [--no-build] [--no-docs]`
 *
 * Side by side on one database: newsgraph (the real server process), the
 * Neo4j GraphQL Library and the same logical queries as raw Cypher (the
 * floor), one query at a time, each target in turn: warm-up, then a measured
 * run of autocannon at a fixed number of connections. Starts its own local
 * Neo4j in a temporary directory when NEO4J_URI is unset, loads the synthetic
 * dataset (bench/lib/dataset.ts), checks that the targets give the same
 * answers, then prints and writes the figures: bench/results/*.json and the
 * run's section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { checkApiKeyRequest, systemViewer } from '../src/domain';
import { ApiKeyStore, GraphClient } from '../src/graph';
import { repoRoot } from '../src/local-neo4j';
import { QUERIES, kPaths, samplePairs, shortestPath, type BenchQuery } from './queries';
import { openDatabase } from './lib/database';
import { loadDataset } from './lib/load-dataset';
import { latencyOf, percentile, runLoad } from './lib/load';
import { prepareBaseline, type Baseline } from './lib/baseline';
import { describeMachine } from './lib/machine';
import { RssSampler, cpuMsOf, memoryOf } from './lib/processes';
import {
  ratiosOf,
  renderMarkdown,
  writeDocsSection,
  type Agreement,
  type BenchReport,
  type Measurement,
  type PathLatency,
} from './lib/report';
import { TARGET_LABELS, TARGET_NAMES, startTarget, type Target, type TargetName } from './lib/targets';

const MiB = 2 ** 20;
const log = (line: string) => console.log(`[bench] ${line}`);
const benchActor = systemViewer('bench').actor;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      entities: { type: 'string' },
      relationships: { type: 'string' },
      seed: { type: 'string', default: '1' },
      connections: { type: 'string', default: '8' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      vars: { type: 'string', default: '32' },
      pairs: { type: 'string' },
      'data-dir': { type: 'string' },
      reset: { type: 'boolean', default: false },
      heap: { type: 'string' },
      pagecache: { type: 'string' },
      targets: { type: 'string', default: TARGET_NAMES.join(',') },
      queries: { type: 'string', default: QUERIES.map((q) => q.name).join(',') },
      'no-build': { type: 'boolean', default: false },
      'no-docs': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'cpu-prof': { type: 'string' },
    },
    strict: true,
  });
  const num = (value: string | undefined, name: string, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} expects a positive number, got '${value}'`);
    return n;
  };
  const quick = values.quick;
  const entities = num(values.entities, 'entities', quick ? 10_000 : 100_000);
  const relationships = num(values.relationships, 'relationships', quick ? 100_000 : 1_000_000);
  const defaultSize = entities === (quick ? 10_000 : 100_000) && relationships === (quick ? 100_000 : 1_000_000);
  const targets = values.targets.split(',').map((t) => {
    if (!(TARGET_NAMES as readonly string[]).includes(t)) throw new Error(`--targets: unknown target '${t}'`);
    return t as TargetName;
  });
  // Another build of newsgraph (its dist/src/main.js) measured alongside: before/after in one run.
  if (values.baseline) targets.splice(1, 0, 'baseline');
  const queries = values.queries.split(',').map((name) => {
    const query = QUERIES.find((q) => q.name === name);
    if (!query) throw new Error(`--queries: unknown query '${name}' (known: ${QUERIES.map((q) => q.name).join(', ')})`);
    return query;
  });
  const big = relationships > 300_000;
  return {
    mode: quick && defaultSize ? 'quick' : !quick && defaultSize ? 'full' : 'custom',
    spec: { entities, relationships, seed: num(values.seed, 'seed', 1) },
    connections: num(values.connections, 'connections', 8),
    warmup: num(values.warmup, 'warmup', quick ? 3 : 5),
    duration: num(values.duration, 'duration', quick ? 4 : 8),
    rounds: num(values.rounds, 'rounds', quick ? 2 : 3),
    vars: num(values.vars, 'vars', 32),
    pairs: num(values.pairs, 'pairs', quick ? 12 : 40),
    dataDir: values['data-dir'] ?? null,
    reset: values.reset,
    heap: values.heap ?? (big ? '3g' : '1g'),
    pageCache: values.pagecache ?? (big ? '3g' : '1g'),
    targets,
    queries,
    build: !values['no-build'],
    docs: !values['no-docs'],
    baseline: values.baseline ?? null,
    cpuProfDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null,
  };
}

type Options = ReturnType<typeof options>;

function build(): void {
  log('building newsgraph (npm run build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('npm run build failed; fix the build or pass --no-build to use dist/ as it is');
}

/** Walks the pages before the measured one with the target's own cursors; returns the request body. */
async function prepareBody(target: Target, query: BenchQuery, vars: unknown): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < query.pagesBefore; page++) {
    const answer = await target.send(query, vars, cursor);
    if (answer.errors) throw new Error(`${target.name} ${query.name}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
    cursor = target.cursor(query, answer);
  }
  return target.body(query, vars, cursor);
}

async function finalAnswer(target: Target, query: BenchQuery, vars: unknown) {
  let cursor: string | null = null;
  for (let page = 0; page < query.pagesBefore; page++) {
    cursor = target.cursor(query, await target.send(query, vars, cursor));
  }
  return target.send(query, vars, cursor);
}

/**
 * Sends the first few variable sets to every target one at a time: no errors
 * allowed, the answers' fingerprints (ids, counts) compared, and the round
 * trips of one request read (newsgraph says so in its response; the others'
 * running totals are compared across two requests in a row).
 */
async function probe(query: BenchQuery, targets: readonly Target[], pool: readonly unknown[]) {
  const roundTrips = new Map<TargetName, number | null>();
  const checked = Math.min(4, pool.length);
  let detail: string | null = null;
  for (let i = 0; i < checked; i++) {
    const prints = new Map<TargetName, string>();
    for (const target of targets) {
      const before = await finalAnswer(target, query, pool[i]);
      const answer = await finalAnswer(target, query, pool[i]);
      if (answer.errors) {
        throw new Error(
          `${TARGET_LABELS[target.name]} answers ${query.name} with errors: ${JSON.stringify(answer.errors).slice(0, 600)}`,
        );
      }
      if (i === 0) {
        const perRequest = query.pagesBefore + 1;
        roundTrips.set(
          target.name,
          answer.statements ??
            (answer.statementsTotal !== null && before.statementsTotal !== null
              ? (answer.statementsTotal - before.statementsTotal) / perRequest
              : null),
        );
      }
      prints.set(target.name, JSON.stringify(target.fingerprint(query, answer)));
    }
    const distinct = new Set(prints.values());
    if (distinct.size > 1 && detail === null) {
      detail = `variables ${JSON.stringify(pool[i])}: ${[...prints].map(([t, p]) => `${TARGET_LABELS[t]} ${p.slice(0, 300)}`).join(' | ')}`;
    }
  }
  const agreement: Agreement = { query: query.name, agree: detail === null, checked, detail };
  return { roundTrips, agreement };
}

/** A query's load on one target, ready to run: the request bodies with each target's own cursors. */
interface Plan {
  query: BenchQuery;
  target: Target;
  bodies: string[];
  roundTrips: number | null;
}

/**
 * For each query: its variable sets, the probe (answers agree, round trips)
 * and every target's request bodies. Nothing is timed here.
 */
async function prepare(opts: Options, running: readonly Target[], client: GraphClient) {
  const plans: Plan[] = [];
  const agreement: Agreement[] = [];
  for (const query of opts.queries) {
    const targets = running.filter((t) => t.handles(query));
    const pool = await query.sample(client, opts.vars, opts.spec.seed);
    const probed = await probe(query, targets, pool);
    agreement.push(probed.agreement);
    log(
      `${query.name}: ${pool.length} variable sets; answers ${probed.agreement.agree ? 'agree' : 'DIFFER: ' + probed.agreement.detail}`,
    );
    for (const target of targets) {
      const bodies: string[] = [];
      for (const vars of pool) bodies.push(await prepareBody(target, query, vars));
      plans.push({ query, target, bodies, roundTrips: probed.roundTrips.get(target.name) ?? null });
    }
  }
  return { plans, agreement };
}

const loadOf = (opts: Options, plan: Plan) => ({
  url: plan.target.server.url,
  path: plan.target.path(plan.query),
  headers: plan.target.headers(plan.query),
  bodies: plan.bodies,
  connections: opts.connections,
});

interface RoundResult {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
  firstError: string | null;
  rssPeak: number;
  serverCpuMs: number | null;
  neo4jCpuMs: number | null;
}

/**
 * One query on one target for one round: a short warm-up, then the measured
 * run, with the target's RSS sampled and the CPU of the target and of Neo4j
 * read around it.
 */
async function measureOnce(opts: Options, plan: Plan, neo4jPid: number | null): Promise<RoundResult> {
  const { target } = plan;
  const sampler = new RssSampler(target.server.pid);
  await runLoad({ ...loadOf(opts, plan), seconds: 1 });
  const before = [cpuMsOf(target.server.pid), cpuMsOf(neo4jPid)] as const;
  const result = await runLoad({ ...loadOf(opts, plan), seconds: opts.duration });
  const after = [cpuMsOf(target.server.pid), cpuMsOf(neo4jPid)] as const;
  const used = (i: 0 | 1) => (before[i] === null || after[i] === null ? null : after[i] - before[i]);
  const round: RoundResult = {
    requests: result.requests,
    seconds: result.seconds,
    latencies: result.latencies,
    errors: result.errors,
    firstError: result.firstError,
    rssPeak: sampler.stop(),
    serverCpuMs: used(0),
    neo4jCpuMs: used(1),
  };
  log(
    `  ${TARGET_LABELS[target.name].padEnd(16)} ${String(result.rps).padStart(8)} req/s  p50 ${result.latency.p50} ms  p95 ${result.latency.p95} ms  errors ${result.errors}`,
  );
  if (result.firstError) log(`    first error: ${result.firstError}`);
  return round;
}

/** The rounds of one query on one target pooled: all latencies together, req/s over all measured seconds. */
function summarize(plan: Plan, rounds: readonly RoundResult[]): Measurement {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const cpu = (key: 'serverCpuMs' | 'neo4jCpuMs') =>
    rounds.some((r) => r[key] === null) || requests === 0
      ? null
      : Math.round((rounds.reduce((n, r) => n + r[key]!, 0) / requests) * 100) / 100;
  return {
    query: plan.query.name,
    description: plan.query.description,
    shared: plan.query.shared,
    target: plan.target.name,
    requests,
    rps: Math.round((requests / seconds) * 10) / 10,
    rpsRounds: rounds.map((r) => Math.round((r.requests / r.seconds) * 10) / 10),
    ...latencyOf(latencies),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError ?? null,
    roundTrips: plan.roundTrips,
    rssPeakMiB: Math.round((Math.max(...rounds.map((r) => r.rssPeak)) / MiB) * 10) / 10,
    serverCpuMs: cpu('serverCpuMs'),
    neo4jCpuMs: cpu('neo4jCpuMs'),
  };
}

/**
 * Warm-up round (every query on every target, so that neither the JVM's nor
 * V8's JIT favours whoever runs later), then `rounds` measured rounds. Within
 * a round the targets of a query run back to back, in an order that rotates
 * from query to query and from round to round; the rounds are pooled, so a
 * burst of load from elsewhere on the machine weighs on every target alike.
 */
async function measureAll(opts: Options, plans: readonly Plan[], neo4jPid: number | null): Promise<Measurement[]> {
  log(`warm-up round: ${opts.warmup} s per query and target`);
  for (const plan of plans) {
    const warm = await runLoad({ ...loadOf(opts, plan), seconds: opts.warmup });
    if (warm.errors > 0)
      log(`  ${plan.query.name} on ${TARGET_LABELS[plan.target.name]}: ${warm.errors} errors (${warm.firstError})`);
  }
  const rounds = new Map<Plan, RoundResult[]>(plans.map((p) => [p, []]));
  for (let round = 0; round < opts.rounds; round++) {
    log(`round ${round + 1} of ${opts.rounds}: ${opts.duration} s per query and target`);
    for (const [i, query] of opts.queries.entries()) {
      const forQuery = plans.filter((p) => p.query === query);
      const shift = (i + round) % forQuery.length;
      const rotated = [...forQuery.slice(shift), ...forQuery.slice(0, shift)];
      log(` ${query.name}`);
      for (const plan of rotated) rounds.get(plan)!.push(await measureOnce(opts, plan, neo4jPid));
    }
  }
  return plans.map((plan) => summarize(plan, rounds.get(plan)!));
}

/** Path searches one at a time over distinct pairs, newsgraph and raw Cypher alternating: median and p95. */
async function pathLatency(opts: Options, targets: readonly Target[], client: GraphClient): Promise<PathLatency[]> {
  const pairs = await samplePairs(client, opts.pairs, opts.spec.seed + 7);
  const out: PathLatency[] = [];
  for (const query of [shortestPath, kPaths]) {
    const times = new Map<TargetName, number[]>();
    const noPath = new Map<TargetName, number>();
    const errors = new Map<TargetName, number>();
    for (const pair of pairs.slice(0, 3)) for (const t of targets) await t.send(query, pair, null); // warm-up
    for (const pair of pairs) {
      for (const target of targets) {
        const started = process.hrtime.bigint();
        const answer = await target.send(query, pair, null);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (answer.errors) errors.set(target.name, (errors.get(target.name) ?? 0) + 1);
        else if (target.fingerprint(query, answer) === null)
          noPath.set(target.name, (noPath.get(target.name) ?? 0) + 1);
        times.set(target.name, [...(times.get(target.name) ?? []), ms]);
      }
    }
    for (const target of targets) {
      const sorted = (times.get(target.name) ?? []).sort((a, b) => a - b);
      const r = (x: number) => Math.round(x * 10) / 10;
      out.push({
        query: query.name,
        target: target.name,
        pairs: sorted.length,
        median: r(percentile(sorted, 0.5)),
        p95: r(percentile(sorted, 0.95)),
        max: r(sorted.at(-1) ?? NaN),
        noPath: noPath.get(target.name) ?? 0,
        errors: errors.get(target.name) ?? 0,
      });
      const p = out.at(-1)!;
      log(
        `  ${query.name} ${TARGET_LABELS[target.name]}: median ${p.median} ms, p95 ${p.p95} ms, max ${p.max} ms, no path ${p.noPath}, errors ${p.errors}`,
      );
    }
  }
  return out;
}

async function main(): Promise<void> {
  const opts = options();
  const started = Date.now();
  const startedAt = new Date().toISOString();
  log(
    `mode ${opts.mode}: ${opts.spec.entities} entities, ${opts.spec.relationships} relationships, seed ${opts.spec.seed}`,
  );
  if (opts.build && opts.targets.includes('newsgraph')) build();
  const baseline: Baseline | null = opts.baseline ? prepareBaseline(opts.baseline, log) : null;
  const db = await openDatabase({ dataDir: opts.dataDir, heap: opts.heap, pageCache: opts.pageCache, log });
  const running: Target[] = [];
  try {
    const client = new GraphClient(db.driver, { database: null, timeoutMs: 600_000 });
    const load = await loadDataset(db.driver, opts.spec, { reset: opts.reset, log });
    const counts = (
      await client.read<{ entities: number; relationships: number; maxDegree: number }>(
        `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
         CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
         CALL () { MATCH (e:Entity) WHERE e.id IN $hubs RETURN max(COUNT { (e)--() }) AS maxDegree }
         RETURN entities, relationships, maxDegree`,
        { hubs: ['government-0', 'country-0', 'organization-0', 'person-0'] },
      )
    )[0]!;
    const machine = await describeMachine(client);
    log(
      `machine: ${machine.nproc} CPUs ${machine.cpuModel}, ${machine.memoryGiB} GiB, load ${machine.loadAverage.join(' ')}`,
    );

    // The write mix sends newsgraph a key with the write scope, made the way `npm run keys` makes one.
    const writeKey = opts.queries.some((q) => q.write)
      ? (await new ApiKeyStore({ cacheMs: 0 }).create(client, checkApiKeyRequest('bench', ['write']), benchActor)).token
      : undefined;
    for (const name of opts.targets) {
      log(`starting ${TARGET_LABELS[name]}…`);
      running.push(
        await startTarget(name, db, { baselineMain: baseline?.main, writeKey, cpuProfDir: opts.cpuProfDir }),
      );
    }
    const { plans, agreement } = await prepare(opts, running, client);
    const measurements = await measureAll(opts, plans, db.pid);
    log('path latency, one request at a time:');
    const pathTargets = running.filter((t) => t.name !== 'library');
    const paths = opts.queries.some((q) => q === shortestPath || q === kPaths)
      ? await pathLatency(opts, pathTargets, client)
      : [];

    const rssHighWaterMiB: Partial<Record<TargetName, number>> = {};
    for (const t of running) rssHighWaterMiB[t.name] = Math.round(((memoryOf(t.server.pid)?.hwm ?? 0) / MiB) * 10) / 10;
    const report: BenchReport = {
      mode: opts.mode,
      startedAt,
      seconds: (Date.now() - started) / 1000,
      machine,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
      database: db.description,
      dataset: { spec: opts.spec, load, ...counts },
      settings: {
        connections: opts.connections,
        warmupSeconds: opts.warmup,
        measureSeconds: opts.duration,
        rounds: opts.rounds,
        variableSets: opts.vars,
      },
      measurements,
      ratios: ratiosOf(measurements),
      agreement,
      pathLatency: paths,
      baseline: baseline?.description ?? null,
      rssHighWaterMiB,
    };
    const markdown = renderMarkdown(report);
    console.log(`\n${markdown}\n`);
    const resultsDir = path.join(repoRoot(), 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${startedAt.replace(/[:.]/g, '-')}-${opts.mode}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    log(`results: ${path.relative(repoRoot(), file)}`);
    if (opts.docs && opts.mode !== 'custom') {
      const docs = path.join(repoRoot(), 'docs', 'benchmarks.md');
      writeDocsSection(docs, opts.mode, markdown);
      // The repository's formatter aligns the tables, so that the next run's diff shows figures only.
      const prettier = path.join(repoRoot(), 'node_modules', 'prettier', 'bin', 'prettier.cjs');
      spawnSync(process.execPath, [prettier, '--write', docs], { stdio: 'ignore' });
      log(`docs/benchmarks.md: ${opts.mode} section updated`);
    }
  } finally {
    for (const t of running) await t.server.stop();
    await db.close();
    baseline?.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
