import type { EntityKind } from '../entity-kinds';
import { refusal } from '../fact-rules';
import type { RelationshipType } from '../relationship-kinds';
import type { RelationshipStatus } from '../status';
import type { PartialDate } from '../temporal';
import type { Problem } from '../zod-issues';
import type { Draft, EntityProposal, RelationshipProposal } from './model';
import { checkRef, freshId, withKnown, type EntityLookup, type RefInput } from './refs';
import { relink } from './links';
import { changeOf, checkConfidence, type ReviewStamp } from './review';
import { checkSpan } from './sources';

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
  checkSpan(text, input, problems);
  checkConfidence(input.confidence, problems);
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
