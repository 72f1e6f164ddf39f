import { explainRelationship, parsePartialDate, type Entity, type Relationship } from '../../../src/domain';

const entity = (id: string, name: string, kind: Entity['kind'] = 'Person', named = true): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  description: null,
  named,
  properties: {},
});

const rel = (over: Partial<Relationship>): Relationship => ({
  id: 'r',
  type: 'INVITED',
  fromId: 'a',
  toId: 'b',
  temporal: {},
  status: 'REPORTED',
  confidence: 0.9,
  qualifiers: {},
  sources: [],
  ...over,
});

const trump = entity('donald-trump', 'Donald Trump');
const bukele = entity('nayib-bukele', 'Nayib Bukele');

describe('explainRelationship', () => {
  it('reads subject, verb, object and a day-precise date', () => {
    const r = rel({ temporal: { date: parsePartialDate('2025-04-14') } });
    expect(explainRelationship(r, trump, bukele)).toBe('Donald Trump invited Nayib Bukele (on 14 April 2025).');
  });

  it('is honest about month and year precision and spans', () => {
    const country = entity('el-salvador', 'El Salvador', 'Country');
    expect(
      explainRelationship(rel({ type: 'LEADS', temporal: { since: parsePartialDate('2019') } }), bukele, country),
    ).toBe('Nayib Bukele led El Salvador (since 2019).');
    expect(
      explainRelationship(rel({ type: 'THANKED', temporal: { date: parsePartialDate('2025-04') } }), trump, bukele),
    ).toBe('Donald Trump thanked Nayib Bukele (in April 2025).');
    expect(
      explainRelationship(rel({ type: 'THANKED', temporal: { date: parsePartialDate('2019') } }), trump, bukele),
    ).toBe('Donald Trump thanked Nayib Bukele (in 2019).');
  });

  it('adds the "when" qualifier to the date it narrows, and hedges by status', () => {
    const letter = entity('trump-letter', 'letter from Trump to Bukele', 'Document', false);
    const r = rel({
      type: 'POSTED',
      temporal: { date: parsePartialDate('2025-04') },
      qualifiers: { when: 'late Wednesday night' },
    });
    expect(explainRelationship(r, bukele, letter)).toBe(
      'Nayib Bukele posted the letter from Trump to Bukele (late Wednesday night, in April 2025).',
    );
    const judge = entity('federal-judge', 'unnamed federal judge', 'Person', false);
    expect(explainRelationship(rel({ type: 'DISOBEYED_ORDER_OF', status: 'DISPUTED' }), trump, judge)).toBe(
      'Donald Trump disobeyed an order of the unnamed federal judge (disputed).',
    );
  });

  it('capitalises an unnamed subject and conjugates for a group', () => {
    const group = entity('g', 'alleged gang members deported from the U.S.', 'Group', false);
    const prison = entity('p', '“supermax” prison in El Salvador', 'Prison', false);
    expect(explainRelationship(rel({ type: 'HOUSED_IN' }), group, prison)).toBe(
      'The alleged gang members deported from the U.S. were held in the “supermax” prison in El Salvador.',
    );
  });
});
