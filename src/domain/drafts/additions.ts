import type { EntityKind } from '../entity-kinds';
import { NotFoundError } from '../errors';
import { refusal } from '../fact-rules';
import type { RelationshipType } from '../relationship-kinds';
import type { RelationshipStatus } from '../status';
import type { PartialDate } from '../temporal';
import type { Problem } from '../zod-issues';
import type { Draft, DraftRef, EntityProposal, RelationshipProposal } from './model';
import { checkRef, freshId, withKnown, type EntityLookup, type RefInput } from './refs';
import { changeOf, type ReviewStamp } from './review';

/** A relationship the reviewer states from a span of the text they selected. */
export interface SpanRelationship {
  type: RelationshipType;
  from: RefInput;
  to: RefInput;
  /** The selection: UTF-16 offsets into the draft's text, `end` exclusive. */
  start: number;
  end: number;
  date?: PartialDate | null;
  since?: PartialDate | null;
  until?: PartialDate | null;
  status: RelationshipStatus;
  confidence: number;
}

export interface NewEntityProposal {
  kind: EntityKind;
  name: string;
  aliases?: string[];
  description?: string | null;
  named?: boolean;
  /** The mention it is the entity of (linked to it); none for an entity the text names nowhere extraction saw. */
  mentionId?: string | null;
}

/** A new relationship proposal whose quote is the selected span, ACCEPTED: the reviewer stated it. */
export function addRelationshipFromSpan(
  draft: Draft,
  input: SpanRelationship,
  lookup: EntityLookup,
  stamp: ReviewStamp,
): Draft {
  const problems: Problem[] = [];
  const from = checkRef(draft, input.from, ['from'], lookup, problems);
  const to = checkRef(draft, input.to, ['to'], lookup, problems);
  const { text } = draft.document;
  const { start, end } = input;
  if (!(start >= 0 && end <= text.length && start < end)) {
    problems.push({
      path: ['start'],
      message: `expected 0 <= start < end <= ${text.length} (the text's length), got start ${start}, end ${end}`,
    });
  } else if (text.slice(start, end).trim() === '') {
    problems.push({
      path: ['start'],
      message: `the span ${start}–${end} holds only white space; select the words that state the fact`,
    });
  }
  if (problems.length > 0) throw refusal(problems);
  const proposal: RelationshipProposal = {
    id: freshId('a', draft.proposals),
    origin: 'ANALYST',
    type: input.type,
    from: from!,
    to: to!,
    date: input.date ?? null,
    since: input.since ?? null,
    until: input.until ?? null,
    status: input.status,
    confidence: input.confidence,
    quote: text.slice(start, end),
    start,
    end,
    why: null,
    state: 'ACCEPTED',
    history: [changeOf('ACCEPTED', stamp, 'created from a selected span')],
  };
  return { ...draft, known: withKnown(draft, lookup), proposals: [...draft.proposals, proposal] };
}

/** A new entity the reviewer proposes (ACCEPTED), linked to the mention they made it from. */
export function proposeEntity(draft: Draft, input: NewEntityProposal, stamp: ReviewStamp): Draft {
  const proposal: EntityProposal = {
    id: freshId('e', draft.entities),
    kind: input.kind,
    name: input.name,
    aliases: input.aliases ?? [],
    named: input.named ?? true,
    description: input.description ?? null,
    evidence: 'analyst',
    state: 'ACCEPTED',
    history: [changeOf('ACCEPTED', stamp, 'created in review')],
  };
  const next = { ...draft, entities: [...draft.entities, proposal] };
  return input.mentionId ? relink(next, input.mentionId, { proposalId: proposal.id }, stamp) : next;
}

/** Links a mention to an entity of the graph or an entity proposal. */
export function linkMention(
  draft: Draft,
  mentionId: string,
  to: RefInput,
  lookup: EntityLookup,
  stamp: ReviewStamp,
): Draft {
  const problems: Problem[] = [];
  const ref = checkRef(draft, to, ['to'], lookup, problems);
  if (!ref) throw refusal(problems);
  return relink({ ...draft, known: withKnown(draft, lookup) }, mentionId, ref, stamp);
}

const sameRef = (a: DraftRef, b: DraftRef): boolean =>
  'entityId' in a ? 'entityId' in b && a.entityId === b.entityId : 'proposalId' in b && a.proposalId === b.proposalId;

/**
 * Points a mention at `ref`. When that leaves an entity proposal with no
 * mention, the reviewer has said it is `ref`: its relationship proposals
 * follow, and it is REJECTED with a note saying what it was merged into.
 */
function relink(draft: Draft, mentionId: string, ref: DraftRef, stamp: ReviewStamp): Draft {
  const mention = draft.mentions.find((m) => m.id === mentionId);
  if (!mention) throw new NotFoundError(`mention in draft "${draft.id}"`, mentionId);
  const old = mention.entity;
  const mentions = draft.mentions.map((m) => (m.id === mentionId ? { ...m, entity: ref, basis: 'analyst' } : m));
  if (!('proposalId' in old) || sameRef(old, ref) || mentions.some((m) => sameRef(m.entity, old))) {
    return { ...draft, mentions };
  }
  const follow = (r: DraftRef): DraftRef => (sameRef(r, old) ? ref : r);
  const merged = 'entityId' in ref ? `entity ${ref.entityId}` : `proposal ${ref.proposalId}`;
  return {
    ...draft,
    mentions,
    entities: draft.entities.map((e) =>
      e.id === old.proposalId
        ? { ...e, state: 'REJECTED', history: [...e.history, changeOf('REJECTED', stamp, `merged into ${merged}`)] }
        : e,
    ),
    proposals: draft.proposals.map((p) => ({ ...p, from: follow(p.from), to: follow(p.to) })),
  };
}
