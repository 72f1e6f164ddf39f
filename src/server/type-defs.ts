import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from '../repo-root';

/** The SDL from schema/*.graphql, the same files codegen reads. */
export function loadTypeDefs(dir = join(repoRoot(), 'schema')): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}
