import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import type { DatasetSpec } from './dataset';
import type { LoadReport } from './load-dataset';
import type { MachineDescription } from './machine';
import { TARGET_LABELS, type TargetName } from './targets';

export interface Measurement {
  query: string;
  description: string;
  shared: boolean;
  target: TargetName;
  requests: number;
  /** Over all rounds: requests ÷ measured seconds. */
  rps: number;
  /** Each round's req/s: the spread the machine's load caused. */
  rpsRounds: number[];
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  errors: number;
  firstError: string | null;
  /** Cypher statements (round trips to Neo4j) per request. */
  roundTrips: number | null;
  /** Highest RSS of the target's process while this query was loaded on it. */
  rssPeakMiB: number;
  /** CPU of the target's own process per request during the measured run (ms); where the time goes. */
  serverCpuMs: number | null;
  /** CPU of the Neo4j process per request during the measured run (ms); null for NEO4J_URI. */
  neo4jCpuMs: number | null;
}

export interface Agreement {
  query: string;
  /** Whether every target gave the same answer (ids, counts) for the checked variable sets. */
  agree: boolean;
  checked: number;
  detail: string | null;
}

export interface PathLatency {
  query: string;
  target: TargetName;
  pairs: number;
  median: number;
  p95: number;
  max: number;
  /** Pairs with no path under the default options (an answer, not an error). */
  noPath: number;
  errors: number;
}

export interface Ratio {
  query: string;
  shared: boolean;
  /** newsgraph req/s ÷ library req/s; target ≥ 1. */
  rpsVsLibrary: number | null;
  /** newsgraph p50 ÷ raw p50; target ≤ 1.3. */
  p50VsRaw: number | null;
  /** newsgraph req/s ÷ raw req/s. */
  rpsVsRaw: number | null;
  /** With --baseline: newsgraph req/s ÷ the baseline build's (after ÷ before). */
  rpsVsBaseline: number | null;
  /** With --baseline: newsgraph p50 ÷ the baseline build's. */
  p50VsBaseline: number | null;
  meets: boolean;
}

export interface BenchReport {
  mode: string;
  startedAt: string;
  seconds: number;
  machine: MachineDescription;
  loadAverageAtEnd: number[];
  database: string;
  dataset: { spec: DatasetSpec; load: LoadReport; entities: number; relationships: number; maxDegree: number };
  settings: {
    connections: number;
    warmupSeconds: number;
    measureSeconds: number;
    rounds: number;
    variableSets: number;
  };
  measurements: Measurement[];
  ratios: Ratio[];
  agreement: Agreement[];
  pathLatency: PathLatency[];
  /** With --baseline: what the baseline build is. */
  baseline: string | null;
  /** Peak RSS (VmHWM) of each target's process over the whole run, MiB. */
  rssHighWaterMiB: Partial<Record<TargetName, number>>;
}

const RSS_LIMIT_MIB = 400;
const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));

export function ratiosOf(measurements: readonly Measurement[]): Ratio[] {
  const queries = [...new Set(measurements.map((m) => m.query))];
  return queries.map((query) => {
    const of = (t: TargetName) => measurements.find((m) => m.query === query && m.target === t) ?? null;
    const ng = of('newsgraph');
    const lib = of('library');
    const raw = of('raw');
    const before = of('baseline');
    const shared = ng?.shared ?? false;
    const rpsVsLibrary = ng && lib ? ng.rps / lib.rps : null;
    const p50VsRaw = ng && raw ? ng.p50 / raw.p50 : null;
    const rpsVsRaw = ng && raw ? ng.rps / raw.rps : null;
    const meets =
      ng !== null &&
      ng.errors === 0 &&
      ng.rssPeakMiB < RSS_LIMIT_MIB &&
      (p50VsRaw === null || p50VsRaw <= 1.3) &&
      (!shared || rpsVsLibrary === null || rpsVsLibrary >= 1);
    const rpsVsBaseline = ng && before ? ng.rps / before.rps : null;
    const p50VsBaseline = ng && before ? ng.p50 / before.p50 : null;
    return { query, shared, rpsVsLibrary, p50VsRaw, rpsVsRaw, rpsVsBaseline, p50VsBaseline, meets };
  });
}

/** The report as Markdown: machine, dataset, the figures per query and target, the ratios against the targets. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const d = report.dataset;
  const lines: string[] = [];
  lines.push(
    `Run \`${report.mode}\` of ${report.startedAt} (${Math.round(report.seconds)} s in all).`,
    '',
    `- Machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; load average ${m.loadAverage.join(' / ')} at start, ${report.loadAverageAtEnd.join(' / ')} at end (the machine is shared).`,
    `- Software: Node ${m.node}, ${m.java}, ${m.neo4j}; @neo4j/graphql ${m.neo4jGraphql}, autocannon ${m.autocannon}.`,
    `- Database: ${report.database}.`,
    `- Dataset: ${d.entities} entities, ${d.relationships} relationships (seed ${d.spec.seed}; largest hub ${d.maxDegree} relationships)` +
      (d.load.reused
        ? ', reused from an earlier load.'
        : `, loaded at ${d.load.entitiesPerSecond} entities/s and ${d.load.relationshipsPerSecond} relationships/s.`),
    `- Load: autocannon, ${report.settings.connections} connections; a warm-up round of ${report.settings.warmupSeconds} s per query and target, then ${report.settings.rounds} measured rounds of ${report.settings.measureSeconds} s each (targets back to back, order rotating), pooled; ${report.settings.variableSets} variable sets per query.`,
    '',
    '| query | target | req/s | (per round) | p50 ms | p95 ms | p99 ms | errors | Cypher round trips | RSS peak MiB | CPU ms/req server + Neo4j |',
    '|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const x of report.measurements) {
    lines.push(
      `| ${x.query} | ${TARGET_LABELS[x.target]} | ${fmt(x.rps)} | ${x.rpsRounds.map((r) => fmt(r, 0)).join(' / ')} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${x.errors} | ${x.roundTrips ?? '–'} | ${fmt(x.rssPeakMiB, 0)} | ${fmt(x.serverCpuMs, 2)} + ${fmt(x.neo4jCpuMs, 2)} |`,
    );
  }
  lines.push(
    '',
    'Ratios (targets: newsgraph/library req/s ≥ 1 on shared queries; newsgraph/raw p50 ≤ 1.3; zero errors; newsgraph RSS < 400 MB).',
    'CPU per request (server + Neo4j) is the figure least moved by the rest of the machine’s load:',
    '',
    '| query | newsgraph/library req/s | newsgraph/raw p50 | newsgraph/raw req/s | CPU/req newsgraph ÷ library | CPU/req newsgraph ÷ raw | answers agree | meets targets |',
    '|---|---:|---:|---:|---:|---:|---|---|',
  );
  const cpuOf = (query: string, target: TargetName) => {
    const m = report.measurements.find((x) => x.query === query && x.target === target);
    return m && m.serverCpuMs !== null && m.neo4jCpuMs !== null ? m.serverCpuMs + m.neo4jCpuMs : null;
  };
  const cpuRatio = (query: string, other: TargetName, digits = 2) => {
    const [a, b] = [cpuOf(query, 'newsgraph'), cpuOf(query, other)];
    return a === null || b === null ? '–' : fmt(a / b, digits);
  };
  for (const r of report.ratios) {
    const agreement = report.agreement.find((a) => a.query === r.query);
    lines.push(
      `| ${r.query} | ${r.rpsVsLibrary === null ? '– (newsgraph only)' : fmt(r.rpsVsLibrary, 2)} | ${fmt(r.p50VsRaw, 2)} | ${fmt(r.rpsVsRaw, 2)} | ${cpuRatio(r.query, 'library')} | ${cpuRatio(r.query, 'raw')} | ${agreement ? (agreement.agree ? `yes (${agreement.checked})` : 'NO') : '–'} | ${r.meets ? 'yes' : 'no'} |`,
    );
  }
  if (report.ratios.some((r) => r.rpsVsBaseline !== null)) {
    const trips = (query: string, target: TargetName) =>
      report.measurements.find((x) => x.query === query && x.target === target)?.roundTrips ?? '–';
    lines.push(
      '',
      `newsgraph against the baseline build (${report.baseline ?? '--baseline'}), same run:`,
      '',
      '| query | req/s after ÷ before | p50 after ÷ before | CPU/req after ÷ before | round trips before → after |',
      '|---|---:|---:|---:|---|',
    );
    for (const r of report.ratios) {
      lines.push(
        `| ${r.query} | ${fmt(r.rpsVsBaseline, 2)} | ${fmt(r.p50VsBaseline, 2)} | ${cpuRatio(r.query, 'baseline')} | ${trips(r.query, 'baseline')} → ${trips(r.query, 'newsgraph')} |`,
      );
    }
  }
  if (report.pathLatency.length > 0) {
    lines.push(
      '',
      'Path latency, one request at a time over distinct pairs (ms):',
      '',
      '| query | target | pairs | median | p95 | max | no path | errors |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const p of report.pathLatency) {
      lines.push(
        `| ${p.query} | ${TARGET_LABELS[p.target]} | ${p.pairs} | ${fmt(p.median)} | ${fmt(p.p95)} | ${fmt(p.max)} | ${p.noPath} | ${p.errors} |`,
      );
    }
  }
  const hwm = Object.entries(report.rssHighWaterMiB)
    .map(([t, mib]) => `${TARGET_LABELS[t as TargetName]} ${fmt(mib, 0)} MiB`)
    .join(', ');
  lines.push('', `Process RSS high-water mark over the whole run (VmHWM): ${hwm}.`);
  const disagreements = report.agreement.filter((a) => !a.agree);
  for (const a of disagreements) lines.push('', `Answers differ on ${a.query}: ${a.detail}`);
  return lines.join('\n');
}

/** Replaces the section between `<!-- bench:<mode>:start -->` and `<!-- bench:<mode>:end -->` (appends it when absent). */
export function writeDocsSection(file: string, mode: string, markdown: string): void {
  const start = `<!-- bench:${mode}:start -->`;
  const end = `<!-- bench:${mode}:end -->`;
  const block = `${start}\n${markdown}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
