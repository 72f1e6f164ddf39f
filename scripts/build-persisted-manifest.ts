/**
 * Builds operations/persisted-operations.json, the allow-list of vetted
 * operations, from operations/*.graphql: each document is checked against the
 * schema, then hashed (sha256 of its exact text).
 *   npm run persisted:build     write the manifest
 *   npm run persisted:check     fail when the committed manifest is stale (part of npm test)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { buildSchema, parse, validate } from 'graphql';

import { MANIFEST_FILE, manifestFromFiles, readOperationFiles } from '../src/server/persisted';
import { loadTypeDefs } from '../src/server/type-defs';

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'operations');
const OUT = join(DIR, MANIFEST_FILE);

export function renderManifest(): string {
  const files = readOperationFiles(DIR);
  const schema = buildSchema(loadTypeDefs());
  const problems = files.flatMap(({ path, text }) =>
    validate(schema, parse(text)).map((error) => `${relative(ROOT, path)}: ${error.message}`),
  );
  if (problems.length > 0)
    throw new Error(`Operations that do not validate against schema/:\n  ${problems.join('\n  ')}`);
  return `${JSON.stringify(manifestFromFiles(files), null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const rendered = renderManifest();
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : null;
  if (check) {
    if (current !== rendered) {
      process.stderr.write(`${relative(ROOT, OUT)} is stale: run npm run persisted:build and commit it.\n`);
      process.exit(1);
    }
    return;
  }
  if (current !== rendered) writeFileSync(OUT, rendered);
  const count = (JSON.parse(rendered) as { operations: unknown[] }).operations.length;
  process.stdout.write(`${relative(ROOT, OUT)}: ${count} operations${current === rendered ? ' (unchanged)' : ''}\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
