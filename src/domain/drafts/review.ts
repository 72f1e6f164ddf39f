import { BadInputError, NewsgraphError, NotFoundError } from '../errors';
import { problemPath } from '../fact-rules';
import { confidenceSchema } from '../input-schemas';
import type { Actor } from '../viewer';
import type { Problem } from '../zod-issues';
import type { Draft, DraftRef, EntityProposal, ProposalChange, ProposalState, RelationshipProposal } from './model';

/** Who changes a draft and when: one per change, from the server clock. */
export interface ReviewStamp {
  at: string;
  actor: Actor;
}

/** A committed draft records what it wrote; changing it afterwards would make that record a lie. */
export class DraftReadOnlyError extends NewsgraphError {
  constructor(draft: Draft) {
    super(
      'CONFLICT',
      `Draft "${draft.id}" was committed at ${draft.commit?.at ?? draft.updatedAt} and is read-only; expected an OPEN draft, got a COMMITTED one. Correct the graph with the write mutations, or propose the article again.`,
      { draftId: draft.id, state: draft.state },
    );
  }
}

/** An edit that names the revision it read: another is a concurrent review's change. */
export class DraftRevisionError extends NewsgraphError {
  constructor(draft: Draft, expected: number) {
    super(
      'CONFLICT',
      `Draft "${draft.id}" is at revision ${draft.revision}, not ${expected}: read it again and reapply the change.`,
      { draftId: draft.id, expectedRevision: expected, currentRevision: draft.revision },
    );
  }
}

export function assertOpen(draft: Draft, expectedRevision?: number | null): void {
  if (draft.state !== 'OPEN') throw new DraftReadOnlyError(draft);
  if (expectedRevision != null && expectedRevision !== draft.revision)
    throw new DraftRevisionError(draft, expectedRevision);
}

/**
 * A refusal naming the draft's own paths: `proposals[3].to`, `entities[0].kind`
 * (the first path element is the root, not `input`), BAD_USER_INPUT like every
 * refusal of the write path, every problem in `extensions.problems`.
 */
export function draftRefusal(problems: readonly Problem[]): BadInputError {
  const listed = problems.map(({ path: [head, ...rest], message }) => ({
    path: problemPath(String(head ?? 'draft'), rest),
    message,
  }));
  const first = listed[0] ?? { path: 'draft', message: 'was refused' };
  const more = listed.length > 1 ? ` (and ${listed.length - 1} more problem(s), see extensions.problems)` : '';
  return new BadInputError(`${first.path}: ${first.message}${more}`, { argument: first.path, problems: listed });
}

export type AnyProposal =
  | { list: 'entities'; index: number; proposal: EntityProposal }
  | { list: 'proposals'; index: number; proposal: RelationshipProposal };

/** A proposal of either list by its id (entity proposals `e…`, relationship proposals `p…`/`a…`). */
export function findProposal(draft: Draft, id: string): AnyProposal {
  const e = draft.entities.findIndex((p) => p.id === id);
  if (e !== -1) return { list: 'entities', index: e, proposal: draft.entities[e]! };
  const r = draft.proposals.findIndex((p) => p.id === id);
  if (r !== -1) return { list: 'proposals', index: r, proposal: draft.proposals[r]! };
  throw new NotFoundError(`proposal in draft "${draft.id}"`, id);
}

export const changeOf = (state: ProposalState, stamp: ReviewStamp, note: string | null = null): ProposalChange => ({
  state,
  at: stamp.at,
  actor: stamp.actor,
  note,
});

/** The draft with one proposal replaced by `next(proposal)`; nothing else changes. */
export function withProposal(
  draft: Draft,
  found: AnyProposal,
  next: (p: EntityProposal | RelationshipProposal) => object,
): Draft {
  if (found.list === 'entities') {
    const entities = draft.entities.map((p, i) => (i === found.index ? { ...p, ...next(p) } : p));
    return { ...draft, entities };
  }
  const proposals = draft.proposals.map((p, i) => (i === found.index ? { ...p, ...next(p) } : p));
  return { ...draft, proposals };
}

/** Accepts, rejects or reopens one proposal, recording who did it and when. */
export function setProposalState(draft: Draft, proposalId: string, state: ProposalState, stamp: ReviewStamp): Draft {
  if (state === 'EDITED') {
    throw new BadInputError('state: expected ACCEPTED, REJECTED or PROPOSED, got EDITED (an edit sets it)', {
      argument: 'state',
    });
  }
  const found = findProposal(draft, proposalId);
  return withProposal(draft, found, (p) => ({ state, history: [...p.history, changeOf(state, stamp)] }));
}

/** How a reference reads to a reviewer: the entity's name, or the proposal's. */
export function refName(draft: Draft, ref: DraftRef): string {
  if ('entityId' in ref) return draft.known[ref.entityId]?.name ?? ref.entityId;
  return draft.entities.find((e) => e.id === ref.proposalId)?.name ?? ref.proposalId;
}

/** A confidence the reviewer gives, checked when given (by the write's own bounds), not first at commit. */
export function checkConfidence(value: number | undefined, problems: Problem[]): void {
  if (value === undefined) return;
  const checked = confidenceSchema.safeParse(value);
  if (!checked.success) problems.push({ path: ['confidence'], message: checked.error.issues[0]!.message });
}
