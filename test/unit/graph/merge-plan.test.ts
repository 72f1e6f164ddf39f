import type { Relationship } from '../../../src/domain/model';
import type { SourcedEntity } from '../../../src/graph';
import {
  combineEntities,
  movedRelationship,
  restoredEntity,
  restoredRelationship,
} from '../../../src/graph/writes/merge-plan';

const source = (documentId: string, start: number, attributedTo: string | null = null) => ({
  documentId,
  quote: 'q',
  start,
  end: start + 1,
  attributedTo,
});
const entity = (id: string, name: string, named: boolean, extra: Partial<SourcedEntity> = {}): SourcedEntity => ({
  id,
  kind: 'Person',
  name,
  aliases: [],
  description: null,
  named,
  properties: {},
  sources: [],
  version: 1,
  ...extra,
});
const rel = (id: string, fromId: string, toId: string, extra: Partial<Relationship> = {}): Relationship => ({
  id,
  type: 'ORDERED_HALT',
  fromId,
  toId,
  temporal: {},
  status: 'REPORTED',
  confidence: 0.9,
  qualifiers: {},
  sources: [source('d', 1)],
  version: 1,
  ...extra,
});

describe('what a merge does to facts', () => {
  it('gives an unnamed kept entity the name, keeps the description as an alias, joins lists and quotes', () => {
    const keep = entity('judge', 'unnamed federal judge', false, {
      aliases: ['a federal judge'],
      properties: { roles: ['judge'] },
      sources: [source('seed', 5)],
    });
    const absorb = entity('boasberg', 'James Boasberg', true, {
      aliases: ['Boasberg'],
      description: 'Chief judge',
      properties: { roles: ['chief judge', 'judge'] },
      sources: [source('101', 7), source('seed', 5)],
    });
    expect(combineEntities(keep, absorb)).toMatchObject({
      name: 'James Boasberg',
      named: true,
      aliases: ['a federal judge', 'unnamed federal judge', 'Boasberg'],
      description: 'Chief judge',
      properties: { roles: ['judge', 'chief judge'] },
      sources: [source('seed', 5), source('101', 7)],
    });
  });

  it('restates ends and credits on the kept entity, and withdraws a fact between the two', () => {
    const moved = movedRelationship(rel('r', 'a', 'x', { sources: [source('d', 1, 'a')] }), 'k', 'a');
    expect(moved).toMatchObject({ fromId: 'k', toId: 'x', sources: [{ attributedTo: 'k' }] });
    expect(movedRelationship(rel('r', 'k', 'a'), 'k', 'a')).toBeNull();
  });

  it('splits back exactly when untouched, and keeps later edits otherwise', () => {
    const before = rel('r', 'a', 'x');
    const merged = { ...movedRelationship(before, 'k', 'a')!, version: 2 };
    expect(restoredRelationship(merged, before, 2, 'k', 'a')).toEqual({ ...before, version: 2 });
    const edited = { ...merged, version: 3, confidence: 0.4 };
    expect(restoredRelationship(edited, before, 2, 'k', 'a')).toMatchObject({ fromId: 'a', confidence: 0.4 });
    const keep = entity('k', 'Kept', true, { aliases: ['K'] });
    const after = combineEntities(keep, entity('a', 'Absorbed', true, { aliases: ['A'] }));
    expect(restoredEntity(after, keep, after)).toEqual(keep);
    const later = { ...after, aliases: [...after.aliases, 'Later'], description: 'edited' };
    expect(restoredEntity(later, keep, after)).toMatchObject({ aliases: ['K', 'Later'], description: 'edited' });
  });
});
