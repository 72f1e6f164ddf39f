import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { ensureLauncherBuilt, javaCommand } from './build';
import { findFreePort } from './free-port';

export interface LocalNeo4jOptions {
  /** Neo4j home for this instance (stores, tx logs, debug.log); created if missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; omitted or 0 picks a free one. */
  port?: number;
  /** Page cache size, e.g. '512m' (the default). */
  pageCache?: string;
  /** Maximum JVM heap, e.g. '1g' (the default). */
  heap?: string;
  /**
   * What happens to the JVM's stderr: 'inherit' copies it to this process's stderr,
   * 'ignore' and 'capture' (the default) do not. In every mode its last lines are kept
   * for the error thrown when Neo4j fails to start.
   */
  stderr?: 'inherit' | 'ignore' | 'capture';
  /** How long to wait for the READY line; default 180 s. */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>; auth is disabled, loopback only. */
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  /** SIGTERM, wait for exit (SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
}

/**
 * The smallest set that lets Neo4j 5 on Java 17 use its fast paths: direct buffer
 * cleaning in the page cache (java.nio) and the file descriptors behind FileChannel
 * for fadvise on transaction logs (sun.nio.ch, java.io). Without them it still runs,
 * but debug.log fills with "Reflection access ... not available" warnings.
 */
export const JVM_ADD_OPENS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

const READY = /^NEO4J_READY (bolt:\/\/\S+)$/m;
const STDERR_TAIL_LINES = 40;
const STOP_GRACE_MS = 30_000;
const PORT_ATTEMPTS = 3;

/**
 * Starts Neo4j (embedded, Bolt only) in a child JVM and resolves once it accepts Bolt
 * connections. The JVM watches its stdin, which stays open as long as this process
 * lives: if this process dies, even by SIGKILL, the JVM shuts down on its own. Nothing
 * global is registered; call stop() when done.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const jar = await ensureLauncherBuilt();
  const dataDir = path.resolve(options.dataDir);
  const fixedPort = options.port ?? 0;
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort || (await findFreePort());
    try {
      return await startOnce(jar, dataDir, port, options);
    } catch (e) {
      // A free port can be taken between findFreePort() and Neo4j's bind.
      const raced = !fixedPort && e instanceof Error && /Address already in use/.test(e.message);
      if (!raced || attempt >= PORT_ATTEMPTS) throw e;
    }
  }
}

/** The java command line for one instance; exported for tests that drive the jar directly. */
export function javaArgs(
  jar: string,
  dataDir: string,
  port: number,
  options: Pick<LocalNeo4jOptions, 'heap' | 'pageCache'> = {},
): string[] {
  return [
    '-Xms256m',
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    ...JVM_ADD_OPENS,
    '-jar',
    jar,
    '--data',
    dataDir,
    '--port',
    String(port),
    '--pagecache',
    options.pageCache ?? '512m',
    '--stop-on-stdin-eof',
  ];
}

function startOnce(jar: string, dataDir: string, port: number, options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const mode = options.stderr ?? 'capture';
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const child = spawn(javaCommand(), javaArgs(jar, dataDir, port, options), { stdio: ['pipe', 'pipe', 'pipe'] });
  const tail = new LineTail(STDERR_TAIL_LINES);
  child.stderr.on('data', (chunk: Buffer) => {
    tail.push(chunk.toString('utf8'));
    if (mode === 'inherit') process.stderr.write(chunk);
  });
  // Never written to, never ended by us: its EOF is the JVM's signal that we are gone.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise<LocalNeo4j>((resolve, reject) => {
    let stdout = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      const stderr = tail.text();
      reject(
        new Error(
          `Local Neo4j on port ${port} (data ${dataDir}) ${why}${stderr ? `; last stderr lines:\n${stderr}` : ''}`,
        ),
      );
    };
    const timer = setTimeout(() => fail(`did not report ready within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (e) => fail(`could not be spawned: ${e.message}`));
    child.once('exit', (code, signal) => fail(`exited before it was ready (${signal ?? `exit code ${code}`})`));
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return; // keep draining; NEO4J_STOPPED arrives here on shutdown
      stdout += chunk.toString('utf8');
      const ready = READY.exec(stdout);
      if (!ready?.[1] || child.pid === undefined) return;
      settled = true;
      clearTimeout(timer);
      detach(child);
      resolve({ uri: ready[1], port, pid: child.pid, dataDir, stop: once(() => stop(child, exited)) });
    });
  });
}

/**
 * A forgotten handle must not keep Node running forever: once ready, the child no
 * longer holds the event loop open. If Node then exits, the closed stdin stops the JVM.
 */
function detach(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // This timer is what keeps the event loop alive until the (unref'd) child exits.
  const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(killer);
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}

/** Keeps the last `max` lines written to a stream, for error messages. */
class LineTail {
  private lines: string[] = [];
  private partial = '';

  constructor(private readonly max: number) {}

  push(text: string): void {
    const parts = (this.partial + text).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }

  text(): string {
    return [...this.lines, this.partial].filter((l) => l.length > 0).join('\n');
  }
}
