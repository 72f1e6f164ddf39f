import { benchRequire } from './bench-require';
import { withSequence } from './sequence';

export interface LoadOptions {
  /** Base URL of the target, e.g. http://127.0.0.1:4100 */
  url: string;
  path: string;
  /** Request bodies, sent in turn (each connection takes the next one). */
  bodies: readonly string[];
  /** Sent with every request besides the content type (e.g. a write key). */
  headers?: Readonly<Record<string, string>>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  /** Milliseconds, exact (every response's time is kept, not a histogram's bucket). */
  latency: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** Transport errors + timeouts + non-2xx + 2xx answers carrying GraphQL errors. */
  errors: number;
  firstError: string | null;
  bytes: number;
  /** Every response's latency (ms), sorted: runs are pooled from these. */
  latencies: number[];
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  throughput: { total: number };
}

type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Latency figures of a sorted list of response times (ms). */
export function latencyOf(sorted: readonly number[]): LoadResult['latency'] {
  return {
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/**
 * A fixed number of connections, each sending the next body as soon as its
 * previous answer arrived, for `seconds` (autocannon). Every response's
 * latency is kept to compute exact percentiles (autocannon's own histogram
 * has 1 ms buckets and no p95).
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const autocannon = benchRequire<Autocannon>('autocannon');
  const latencies: number[] = [];
  let next = 0;
  let answerErrors = 0;
  let firstError: string | null = null;
  const note = (text: string) => (firstError ??= text.slice(0, 400));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url + options.path,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        requests: [
          {
            setupRequest: (request: Record<string, unknown>) => ({
              ...request,
              body: withSequence(options.bodies[next++ % options.bodies.length]!),
            }),
            onResponse: (status: number, body: string) => {
              if (status === 200 && !body.includes('"errors":')) return;
              if (status === 200) answerErrors += 1;
              note(`HTTP ${status}: ${body}`);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const seconds = result.duration;
        const errors = result.errors + result.timeouts + result.non2xx + answerErrors;
        if (result.errors + result.timeouts > 0) note(`${result.errors} transport errors, ${result.timeouts} timeouts`);
        resolve({
          requests: latencies.length,
          seconds,
          rps: Math.round((latencies.length / seconds) * 10) / 10,
          latency: latencyOf(latencies),
          errors,
          firstError,
          bytes: result.throughput.total,
          latencies,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}
