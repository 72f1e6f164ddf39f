import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { GraphClient } from '../../src/graph';
import { javaCommand } from '../../src/local-neo4j';
import { BENCH_DIR } from './bench-require';

export interface MachineDescription {
  nproc: number;
  memoryGiB: number;
  cpuModel: string;
  loadAverage: number[];
  os: string;
  node: string;
  java: string;
  neo4j: string;
  neo4jGraphql: string;
  autocannon: string;
}

function benchPackageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(BENCH_DIR, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return 'not installed';
  }
}

/** What the figures were measured on: they mean little without it. */
export async function describeMachine(client: GraphClient): Promise<MachineDescription> {
  const java = spawnSync(javaCommand(), ['-version'], { encoding: 'utf8' });
  const components = await client
    .read<{ name: string; versions: string[]; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    )
    .catch(() => []);
  const neo4j = components[0];
  return {
    nproc: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: (java.stderr || 'unknown').split('\n')[0]!.trim(),
    neo4j: neo4j ? `${neo4j.name} ${neo4j.versions.join(', ')} ${neo4j.edition}` : 'unknown',
    neo4jGraphql: benchPackageVersion('@neo4j/graphql'),
    autocannon: benchPackageVersion('autocannon'),
  };
}
