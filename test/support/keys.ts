import { Writable } from 'node:stream';

import { systemViewer, type Scope } from '../../src/domain';
import { ApiKeyStore, GraphClient, type Driver } from '../../src/graph';
import { createLogger, type Logger } from '../../src/server/logger';

/** A key made directly in the database (as `npm run keys -- create` would), with a name this test owns. */
export async function makeKey(driver: Driver, name: string, scopes: Scope[]) {
  const store = new ApiKeyStore({ cacheMs: 0 });
  const client = new GraphClient(driver, { database: process.env['NEO4J_DATABASE'] ?? null, timeoutMs: 30_000 });
  return store.create(client, { name, scopes }, systemViewer('test').actor);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A logger at `info` whose JSON lines are kept in memory, to check what the server logs. */
export function capturedLogger(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger('info', sink), text: () => chunks.join('') };
}
