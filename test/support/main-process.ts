import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { repoRoot } from '../../src/local-neo4j';

export interface MainProcess {
  child: ChildProcess;
  /** stdout + stderr so far. */
  output(): string;
  /** Resolves with the URL once the server logs that it listens; rejects if it exits first. */
  listening(timeoutMs?: number): Promise<string>;
  exited(): Promise<number | null>;
}

/** Runs src/main.ts (what `npm start` runs, from source) as its own process with the given environment. */
export function spawnMain(env: Record<string, string | undefined>): MainProcess {
  const root = repoRoot();
  const cleanEnv: Record<string, string> = {};
  // NODE_ENV=test (Jest's) changes library behaviour, e.g. Apollo's signal handling: run as `npm start` does.
  for (const [k, v] of Object.entries({ ...process.env, NODE_ENV: 'production', ...env }))
    if (v !== undefined) cleanEnv[k] = v;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts')], {
    cwd: root,
    env: cleanEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited: () => exit,
    listening: (timeoutMs = 120_000) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not listening after ${timeoutMs} ms:\n${out}`)), timeoutMs);
        const check = () => {
          const match = /"url":"(http:\/\/[^"]+\/graphql)"/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        };
        child.stdout.on('data', check);
        void exit.then((code) => {
          clearTimeout(timer);
          reject(new Error(`exited with ${code} before listening:\n${out}`));
        });
        check();
      }),
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
