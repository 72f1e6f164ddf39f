import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ENTITY_KINDS, ENTITY_PROPERTY_SCHEMAS, RELATIONSHIP_KINDS, RELATIONSHIP_TYPES } from '../../../src/domain';

// Table cells without the padding a formatter adds.
const doc = readFileSync(join(__dirname, '../../../docs/seed-format.md'), 'utf8').replace(/ *\| */g, ' | ');

describe('docs/seed-format.md agrees with the domain', () => {
  it('lists every relationship type with the kinds it allows and its verb', () => {
    const ends = (kinds: readonly string[]) => (kinds.length === ENTITY_KINDS.length ? 'any' : kinds.join(', '));
    for (const type of RELATIONSHIP_TYPES) {
      const kind = RELATIONSHIP_KINDS[type];
      expect(doc).toContain(`| \`${type}\` | ${ends(kind.from)} | ${ends(kind.to)} | ${kind.verb} |`);
    }
  });

  it('lists every entity kind and its properties', () => {
    for (const kind of ENTITY_KINDS) {
      const row = doc.split('\n').find((line) => line.trim().startsWith(`| \`${kind}\` |`));
      expect(row).toBeDefined();
      for (const property of Object.keys(ENTITY_PROPERTY_SCHEMAS[kind].shape)) expect(row).toContain(`\`${property}\``);
    }
  });
});
