/**
 * Where a server's CPU went, from the V8 profiles `npm run bench -- --cpu-prof DIR` writes:
 *   npx tsx bench/profile.ts DIR/newsgraph [--top 25]
 * Self time (the function itself, not what it calls), by module — a package under node_modules,
 * a file of dist/src, or Node's own — and by function, as shares of all samples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

/** The module a script URL belongs to: `pkg` for node_modules/pkg/…, `src/x/y.js` for the build, else Node's. */
function moduleOf(url: string): string {
  if (url === '') return '(V8: idle, GC, program)';
  const packages = url.split('node_modules/');
  if (packages.length > 1) {
    const parts = packages.at(-1)!.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const build = url.indexOf('/dist/src/');
  if (build >= 0) return url.slice(build + '/dist/'.length);
  return url.startsWith('node:') ? url : '(node internals)';
}

function table(title: string, shares: Map<string, number>, total: number, top: number): string {
  const rows = [...shares.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [title, ...rows.map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(6)} %  ${name}`)].join(
    '\n',
  );
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '25' } },
    allowPositionals: true,
  });
  const target = positionals[0];
  if (!target) throw new Error('Expected a .cpuprofile file or a directory of them, got no argument.');
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((name) => name.endsWith('.cpuprofile'))
        .map((name) => path.join(target, name))
    : [target];
  if (files.length === 0) throw new Error(`Expected .cpuprofile files in ${target}, found none.`);
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let wallMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    wallMs += (profile.endTime - profile.startTime) / 1000;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const module = moduleOf(url);
      const name = `${functionName || '(anonymous)'}  ${module}:${lineNumber + 1}`;
      byModule.set(module, (byModule.get(module) ?? 0) + hits);
      byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
      total += hits;
    }
  }
  const top = Number(values.top);
  console.log(`${files.length} profile(s), ${total} samples over ${(wallMs / 1000).toFixed(1)} s\n`);
  console.log(table('self time by module', byModule, total, top));
  console.log();
  console.log(table('self time by function', byFunction, total, top));
}

main();
