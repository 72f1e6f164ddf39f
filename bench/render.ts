/**
 * `npx tsx bench/render.ts bench/results/<file>.json [--docs]`
 *
 * Prints a stored run as the Markdown the runner prints (ratios recomputed
 * from its measurements); `--docs` also writes it into the run's section of
 * docs/benchmarks.md. For when the report's format changed after a long run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../src/local-neo4j';
import { ratiosOf, renderMarkdown, writeDocsSection, type BenchReport } from './lib/report';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/render.ts bench/results/<file>.json [--docs]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
report.ratios = ratiosOf(report.measurements);
report.baseline ??= null;
const markdown = renderMarkdown(report);
console.log(markdown);
if (flag === '--docs') {
  const docs = path.join(repoRoot(), 'docs', 'benchmarks.md');
  writeDocsSection(docs, report.mode, markdown);
  spawnSync(
    process.execPath,
    [path.join(repoRoot(), 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--write', docs],
    {
      stdio: 'ignore',
    },
  );
}
