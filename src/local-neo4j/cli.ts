/**
 * `npm run neo4j:local -- [--port 7687] [--data .data/neo4j] [--heap 1g] [--pagecache 512m]`
 * Runs the local Neo4j in the foreground for development until Ctrl-C / SIGTERM.
 */
import { parseArgs } from 'node:util';

import { startLocalNeo4j } from './launcher';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      data: { type: 'string', default: '.data/neo4j' },
      heap: { type: 'string', default: '1g' },
      pagecache: { type: 'string', default: '512m' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port expects an integer 0-65535 (0 = any free port), got '${values.port}'`);
  }

  const neo4j = await startLocalNeo4j({
    dataDir: values.data,
    port,
    heap: values.heap,
    pageCache: values.pagecache,
    stderr: 'inherit',
  });
  console.log(`Neo4j ready at ${neo4j.uri} (pid ${neo4j.pid}, data ${neo4j.dataDir}); Ctrl-C stops it.`);

  // The handle does not hold the event loop open; this check does, and notices a crash.
  const watch = setInterval(() => {
    try {
      process.kill(neo4j.pid, 0);
    } catch (error) {
      // ESRCH: no such process. Anything else (EPERM) is not "it exited", and stops the CLI loudly.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      console.error(`Neo4j (pid ${neo4j.pid}) exited unexpectedly; see ${neo4j.dataDir}/logs/debug.log`);
      process.exit(1);
    }
  }, 1000);

  const shutdown = (signal: NodeJS.Signals) => {
    clearInterval(watch);
    console.log(`${signal}: stopping Neo4j…`);
    neo4j.stop().then(
      () => {
        console.log('Neo4j stopped.');
        process.exit(0);
      },
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
