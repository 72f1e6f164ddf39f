import {
  addProposalSource,
  addRelationshipFromSpan,
  removeProposalSource,
  commitPlan,
  editRelationshipProposal,
  linkMention,
  proposeEntity,
  setProposalState,
  assertOpen,
  type Draft,
  type EntityLookup,
} from '../../../src/domain/drafts';
import type { NewsgraphError } from '../../../src/domain/errors';

const TEXT = 'Judge Ann Roe ordered a halt. Roe thanked Bob. Roe thanked Bob.';
const actor = { type: 'key' as const, id: 'key_1', name: 'reviewer' };
const stamp = { at: '2026-01-02T00:00:00.000Z', actor };
const none: EntityLookup = new Map();

function draft(): Draft {
  const first = [{ state: 'PROPOSED' as const, at: '2026-01-01T00:00:00.000Z', actor, note: 'extraction' }];
  return {
    id: 'draft-1',
    state: 'OPEN',
    revision: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: actor,
    updatedAt: '2026-01-01T00:00:00.000Z',
    document: { documentId: null, title: 'T', publisher: null, published: null, url: null, text: TEXT },
    known: { bob: { name: 'Bob', kind: 'Person' } },
    mentions: [
      { id: 'm1', start: 6, end: 13, surface: 'Ann Roe', kind: 'Person', basis: 'name', entity: { proposalId: 'e1' } },
      { id: 'm2', start: 30, end: 33, surface: 'Roe', kind: 'Person', basis: 'surname', entity: { proposalId: 'e1' } },
    ],
    entities: [
      {
        id: 'e1',
        kind: 'Person',
        name: 'Ann Roe',
        aliases: [],
        named: true,
        description: null,
        evidence: 'x',
        state: 'PROPOSED',
        history: first,
      },
    ],
    proposals: [
      {
        id: 'p1',
        origin: 'EXTRACTION',
        type: 'THANKED',
        from: { proposalId: 'e1' },
        to: { entityId: 'bob' },
        date: null,
        since: null,
        until: null,
        status: 'REPORTED',
        confidence: 0.8,
        quote: 'Roe thanked Bob',
        start: 30,
        end: 45,
        why: 'thank',
        state: 'PROPOSED',
        history: first,
      },
    ],
    commit: null,
  };
}

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as NewsgraphError;
  }
  throw new Error('expected a refusal');
};

describe('drafts: review', () => {
  it('records who changed a proposal and when, and refuses EDITED as a state to set', () => {
    const next = setProposalState(draft(), 'p1', 'ACCEPTED', stamp);
    expect(next.proposals[0]!.state).toBe('ACCEPTED');
    expect(next.proposals[0]!.history.at(-1)).toEqual({ state: 'ACCEPTED', at: stamp.at, actor, note: null });
    expect(refused(() => setProposalState(draft(), 'p1', 'EDITED', stamp)).code).toBe('BAD_USER_INPUT');
    expect(refused(() => setProposalState(draft(), 'p9', 'ACCEPTED', stamp)).code).toBe('NOT_FOUND');
  });

  it('an edit of the quote relocates it in the text; an ambiguous one needs start', () => {
    const e = refused(() => editRelationshipProposal(draft(), 'p1', { quote: 'Roe thanked Bob.' }, none, stamp));
    expect(e.details['problems']).toEqual([
      { path: 'input.quote', message: expect.stringContaining('occurs 2 times') },
    ]);
    const next = editRelationshipProposal(
      draft(),
      'p1',
      { quote: 'Roe thanked Bob.', start: 47, confidence: 0.5 },
      none,
      stamp,
    );
    expect(next.proposals[0]).toMatchObject({ start: 47, end: 63, confidence: 0.5, state: 'EDITED' });
    expect(next.proposals[0]!.history.at(-1)!.note).toBe('quote, start, confidence');
  });

  it('a confidence outside 0..1 is refused when given, not first at commit', () => {
    const e = refused(() => editRelationshipProposal(draft(), 'p1', { confidence: 1.5 }, none, stamp));
    expect(e.details['problems']).toEqual([
      { path: 'input.confidence', message: 'confidence must be from 0 to 1, got number 1.5' },
    ]);
  });

  it('an end must name an entity of the graph (looked up) or a proposal of the draft', () => {
    const e = refused(() => editRelationshipProposal(draft(), 'p1', { to: { entityId: 'nobody' } }, none, stamp));
    expect(e.details['problems']).toEqual([{ path: 'input.to.entityId', message: 'no entity has the id "nobody"' }]);
    const lookup: EntityLookup = new Map([['carl', { name: 'Carl', kind: 'Person' }]]);
    const next = editRelationshipProposal(draft(), 'p1', { to: { entityId: 'carl' } }, lookup, stamp);
    expect(next.proposals[0]!.to).toEqual({ entityId: 'carl' });
    expect(next.known['carl']).toEqual({ name: 'Carl', kind: 'Person' });
  });

  it('a relationship from a selected span quotes exactly that span and is ACCEPTED', () => {
    const next = addRelationshipFromSpan(
      draft(),
      {
        type: 'THANKED',
        from: { proposalId: 'e1' },
        to: { entityId: 'bob' },
        start: 30,
        end: 45,
        status: 'REPORTED',
        confidence: 1,
      },
      none,
      stamp,
    );
    expect(next.proposals[1]).toMatchObject({
      id: 'a2',
      origin: 'ANALYST',
      quote: 'Roe thanked Bob',
      state: 'ACCEPTED',
    });
    const span = {
      type: 'THANKED' as const,
      from: { proposalId: 'e1' },
      to: { entityId: 'bob' },
      status: 'REPORTED' as const,
      confidence: 1,
    };
    expect(
      refused(() => addRelationshipFromSpan(draft(), { ...span, start: 40, end: 999 }, none, stamp)).message,
    ).toMatch(/^input\.start: expected 0 <= start < end <= 63/);
    expect(
      refused(() => addRelationshipFromSpan(draft(), { ...span, start: 30, end: 45, confidence: -0.1 }, none, stamp))
        .details['problems'],
    ).toEqual([{ path: 'input.confidence', message: 'confidence must be from 0 to 1, got number -0.1' }]);
  });

  it('linking every mention of a proposed entity to the graph merges it: its proposals follow, it is REJECTED', () => {
    const lookup: EntityLookup = new Map([['ann-roe', { name: 'Ann Roe', kind: 'Person' }]]);
    let next = linkMention(draft(), 'm1', { entityId: 'ann-roe' }, lookup, stamp);
    expect(next.entities[0]!.state).toBe('PROPOSED');
    next = linkMention(next, 'm2', { entityId: 'ann-roe' }, lookup, stamp);
    expect(next.entities[0]!.state).toBe('REJECTED');
    expect(next.entities[0]!.history.at(-1)!.note).toBe('merged into entity ann-roe');
    expect(next.proposals[0]!.from).toEqual({ entityId: 'ann-roe' });
  });

  it('a new entity proposal from a mention is ACCEPTED and linked', () => {
    const next = proposeEntity(draft(), { kind: 'Person', name: 'Bob Two', mentionId: 'm2' }, stamp);
    expect(next.entities[1]).toMatchObject({ id: 'e2', state: 'ACCEPTED', evidence: 'analyst' });
    expect(next.mentions[1]!.entity).toEqual({ proposalId: 'e2' });
  });

  it('a committed draft and a stale revision are CONFLICT', () => {
    expect(refused(() => assertOpen({ ...draft(), state: 'COMMITTED' })).message).toMatch(
      /read-only; expected an OPEN draft/,
    );
    expect(refused(() => assertOpen(draft(), 3)).details).toMatchObject({ expectedRevision: 3, currentRevision: 1 });
  });
});

describe('drafts: commit plan', () => {
  it('refuses an accepted relationship whose end is a new entity not accepted, naming proposals[i].from', () => {
    const d = setProposalState(draft(), 'p1', 'ACCEPTED', stamp);
    const e = refused(() => commitPlan(d));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details['problems']).toEqual([
      { path: 'proposals[0].from', message: expect.stringContaining('"Ann Roe" (e1), which is PROPOSED') },
    ]);
  });

  it('writes the document, accepted entities and relationships, each with its place in the draft', () => {
    const d = setProposalState(setProposalState(draft(), 'p1', 'ACCEPTED', stamp), 'e1', 'ACCEPTED', stamp);
    const plan = commitPlan(d);
    expect(plan.document).toEqual({ input: { title: 'T', publisher: null, published: null, url: null, text: TEXT } });
    expect(plan.entities).toEqual([
      {
        proposalId: 'e1',
        root: 'entities[0]',
        input: { kind: 'Person', name: 'Ann Roe', aliases: [], description: null, named: true },
      },
    ]);
    expect(plan.relationships).toEqual([
      {
        proposalId: 'p1',
        root: 'proposals[0]',
        from: { proposalId: 'e1' },
        to: { entityId: 'bob' },
        stated: {
          type: 'THANKED',
          status: 'REPORTED',
          confidence: 0.8,
          sources: [{ quote: 'Roe thanked Bob', start: 30 }],
        },
      },
    ]);
  });

  it('writes every source of a relationship: its quote, then its extra sources', () => {
    const accepted = setProposalState(setProposalState(draft(), 'p1', 'ACCEPTED', stamp), 'e1', 'ACCEPTED', stamp);
    const plan = commitPlan(addProposalSource(accepted, 'p1', { start: 47, end: 62 }, stamp));
    expect(plan.relationships[0]!.stated.sources).toEqual([
      { quote: 'Roe thanked Bob', start: 30 },
      { quote: 'Roe thanked Bob', start: 47 },
    ]);
  });

  it('a draft of a stored document with nothing accepted has nothing to commit', () => {
    const d = { ...draft(), document: { ...draft().document, documentId: 'doc' } };
    expect(refused(() => commitPlan(d)).message).toMatch(/^proposals: nothing to commit/);
  });
});

describe('drafts: extra sources', () => {
  it('a selected span becomes one more source of a relationship proposal, which is EDITED', () => {
    const next = addProposalSource(draft(), 'p1', { start: 47, end: 62 }, stamp);
    expect(next.proposals[0]).toMatchObject({
      quote: 'Roe thanked Bob',
      start: 30,
      extraSources: [{ quote: 'Roe thanked Bob', start: 47, end: 62 }],
      state: 'EDITED',
    });
    expect(next.proposals[0]!.history.at(-1)!.note).toBe('extra source 47–62');
    const removed = removeProposalSource(next, 'p1', { start: 47, end: 62 }, stamp);
    expect(removed.proposals[0]!.extraSources).toEqual([]);
    expect(removed.proposals[0]!.history.at(-1)!.note).toBe('removed extra source 47–62');
  });

  it('refuses a span outside the text, the same span twice, an entity proposal and an extra source it lacks', () => {
    const outside = refused(() => addProposalSource(draft(), 'p1', { start: 50, end: 999 }, stamp));
    expect(outside.code).toBe('BAD_USER_INPUT');
    expect(outside.message).toMatch(/^input\.start: expected 0 <= start < end <= 63 .* got start 50, end 999$/);
    expect(refused(() => addProposalSource(draft(), 'p1', { start: 30, end: 45 }, stamp)).message).toBe(
      'input.start: expected a span that is not yet a source of "p1", got 30–45, already its quote',
    );
    const once = addProposalSource(draft(), 'p1', { start: 47, end: 62 }, stamp);
    expect(refused(() => addProposalSource(once, 'p1', { start: 47, end: 62 }, stamp)).message).toMatch(
      /already its extra source$/,
    );
    expect(refused(() => addProposalSource(draft(), 'e1', { start: 47, end: 62 }, stamp)).message).toMatch(
      /expected a relationship proposal, got the entity proposal "e1"/,
    );
    expect(
      refused(() => editRelationshipProposal(once, 'p1', { quote: 'Roe thanked Bob', start: 47 }, none, stamp)).message,
    ).toBe(
      'input.quote: expected a span that is not an extra source of "p1", got 47–62; remove that extra source first',
    );
    expect(refused(() => removeProposalSource(once, 'p1', { start: 0, end: 5 }, stamp)).message).toBe(
      'input.start: expected an extra source of "p1" (47–62), got 0–5',
    );
  });

  it('a proposal stored before extra sources has none', () => {
    const stored = draft();
    delete stored.proposals[0]!.extraSources;
    const plan = commitPlan(
      setProposalState(setProposalState(stored, 'e1', 'ACCEPTED', stamp), 'p1', 'ACCEPTED', stamp),
    );
    expect(plan.relationships[0]!.stated.sources).toEqual([{ quote: 'Roe thanked Bob', start: 30 }]);
  });
});
