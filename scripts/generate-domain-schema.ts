import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { domainEnumsSdl } from '../src/graphql/sdl/domain-enums';

const target = join(__dirname, '..', 'schema', 'domain.graphql');
const wanted = domainEnumsSdl();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = '';
}
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error('schema/domain.graphql is stale: run `npm run codegen` and commit the result.');
    process.exit(1);
  }
} else if (current !== wanted) {
  writeFileSync(target, wanted);
  console.log('wrote schema/domain.graphql');
}
