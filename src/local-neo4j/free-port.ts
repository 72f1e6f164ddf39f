import net from 'node:net';

/**
 * Asks the OS for a port that is free on `host` right now. Another process can take
 * it before Neo4j binds it, so the launcher retries with a fresh port when the bind
 * fails (see launcher.ts).
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error(`No port assigned on ${host}`))));
    });
  });
}
