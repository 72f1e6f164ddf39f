/** The Cypher tier for `timeline` and `neighbourhood` (both read through the one page builder). */
import { ANY_RELATIONSHIP } from '../../../../src/graph/criteria';
import { relationshipsOfEntitiesStatement } from '../../../../src/graph/queries/relationships-of-entities';
import { timelineStatement } from '../../../../src/graph/queries/timeline';
import { EVERY_CRITERION, LEAN, WHOLE } from './fixtures';

describe('timeline(id)', () => {
  const timeline = { criteria: ANY_RELATIONSHIP, first: 20, after: null, reads: LEAN };
  it('first page; the far end (TimelineEntry.other) comes with it', () => {
    expect(timelineStatement('person-1', timeline)).toMatchSnapshot();
  });
  it('a later page, every filter criterion, sources and whole far ends', () => {
    expect(
      timelineStatement('person-1', {
        ...timeline,
        criteria: EVERY_CRITERION,
        after: ['2025-01-01/2025-01-31', 'rel-9'],
        reads: WHOLE,
      }),
    ).toMatchSnapshot();
  });
});

describe('neighbourhood(id) (one statement per hop)', () => {
  const hop = {
    criteria: ANY_RELATIONSHIP,
    sort: { field: 'STRENGTH' as const, order: 'DESC' as const },
    first: 10,
    after: null,
  };
  it('the first hop reads the start entity too; lean nodes, no sources', () => {
    expect(
      relationshipsOfEntitiesStatement(['person-1'], { ...hop, reads: LEAN }, { total: false, entities: 'ref' }),
    ).toMatchSnapshot();
  });
  it('a later hop: the frontier, whole nodes and sources, every filter criterion', () => {
    expect(
      relationshipsOfEntitiesStatement(
        ['org-1', 'org-2'],
        { ...hop, criteria: EVERY_CRITERION, reads: WHOLE },
        { total: false, entities: null },
      ),
    ).toMatchSnapshot();
  });
  it('refuses a cursor: a strength-ordered page is never continued', () => {
    expect(() =>
      relationshipsOfEntitiesStatement(
        ['x'],
        { ...hop, after: [null, 'r'], reads: LEAN },
        { total: false, entities: null },
      ),
    ).toThrow(RangeError);
  });
});
