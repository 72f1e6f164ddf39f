import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { repoRoot } from '../../src/local-neo4j';

export interface Baseline {
  /** dist/src/main.js of the baseline build. */
  main: string;
  /** What it is: the commit, and which files under src/ differ from the working tree. */
  description: string;
  dispose(): void;
}

function git(args: string[]): string {
  const result = spawnSync('git', args, { cwd: repoRoot(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/**
 * The build to measure newsgraph against (`--baseline`): a dist/src/main.js
 * as it is, or a git revision, exported (`git archive`) into a temporary
 * directory and compiled there with the repository's own node_modules.
 */
export function prepareBaseline(spec: string, log: (line: string) => void): Baseline {
  if (spec.endsWith('.js') && existsSync(spec)) {
    return { main: path.resolve(spec), description: `build ${path.resolve(spec)}`, dispose: () => undefined };
  }
  const commit = git(['rev-parse', '--verify', `${spec}^{commit}`]);
  const changed = git(['diff', '--name-only', commit, '--', 'src']).split('\n').filter(Boolean);
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-baseline-'));
  log(`building the baseline ${commit.slice(0, 10)} in ${dir}…`);
  const archive = spawnSync('git', ['archive', '--format=tar', commit], {
    cwd: repoRoot(),
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString()}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString()}`);
  symlinkSync(path.join(repoRoot(), 'node_modules'), path.join(dir, 'node_modules'));
  const tsc = path.join(repoRoot(), 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building ${commit} failed:\n${build.stdout}${build.stderr}`);
  return {
    main: path.join(dir, 'dist', 'src', 'main.js'),
    description: `commit ${commit.slice(0, 10)}; src/ files that differ from the working tree: ${changed.join(', ') || 'none'}`,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
