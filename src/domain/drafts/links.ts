import { NotFoundError } from '../errors';
import { refusal } from '../fact-rules';
import type { Problem } from '../zod-issues';
import type { Draft, DraftRef } from './model';
import { checkRef, withKnown, type EntityLookup, type RefInput } from './refs';
import { changeOf, type ReviewStamp } from './review';

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
export function relink(draft: Draft, mentionId: string, ref: DraftRef, stamp: ReviewStamp): Draft {
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
