import type { EntityKind } from '../entity-kinds';
import { refusal } from '../fact-rules';
import { locateQuote } from '../quotes';
import type { RelationshipType } from '../relationship-kinds';
import type { RelationshipStatus } from '../status';
import type { PartialDate } from '../temporal';
import type { Problem } from '../zod-issues';
import type { Draft, EntityProposal, RelationshipProposal } from './model';
import { checkRef, withKnown, type EntityLookup, type RefInput } from './refs';
import { changeOf, checkConfidence, findProposal, withProposal, type ReviewStamp } from './review';
import { extraSourcesOf } from './sources';

/** Fields of a relationship proposal to change; absent ones are kept, `null` clears a date. */
export interface RelationshipEdit {
  type?: RelationshipType;
  from?: RefInput;
  to?: RefInput;
  date?: PartialDate | null;
  since?: PartialDate | null;
  until?: PartialDate | null;
  status?: RelationshipStatus;
  confidence?: number;
  /** New exact words; with `start` when they occur more than once. `start` alone moves to another occurrence. */
  quote?: string;
  start?: number;
}

export interface EntityEdit {
  kind?: EntityKind;
  name?: string;
  aliases?: string[];
  description?: string | null;
  named?: boolean;
}

/** The quote an edit asks for, located in the draft's text (an exact substring, like every quote). */
function relocated(draft: Draft, p: RelationshipProposal, edit: RelationshipEdit, problems: Problem[]) {
  if (edit.quote === undefined && edit.start === undefined) return {};
  const quote = edit.quote ?? p.quote;
  const at = locateQuote(draft.document.text, quote, "the draft's text", {
    start: edit.start,
    ambiguous: 'refuse',
  });
  if (!at.ok) {
    problems.push({
      path: [edit.start !== undefined && edit.quote === undefined ? 'start' : 'quote'],
      message: at.message,
    });
    return {};
  }
  // The quote and the extra sources are written as one relationship's sources: never the same span twice.
  if (extraSourcesOf(p).some((s) => s.start === at.start && s.end === at.end)) {
    problems.push({
      path: ['quote'],
      message: `expected a span that is not an extra source of "${p.id}", got ${at.start}–${at.end}; remove that extra source first`,
    });
    return {};
  }
  return { quote, start: at.start, end: at.end };
}

/** Changes a relationship proposal as the reviewer says; its state becomes EDITED, the changed fields noted. */
export function editRelationshipProposal(
  draft: Draft,
  proposalId: string,
  edit: RelationshipEdit,
  lookup: EntityLookup,
  stamp: ReviewStamp,
): Draft {
  const found = findProposal(draft, proposalId);
  if (found.list !== 'proposals') {
    throw refusal([
      { path: ['proposalId'], message: `expected a relationship proposal, got the entity proposal "${proposalId}"` },
    ]);
  }
  const problems: Problem[] = [];
  const ends = Object.fromEntries(
    (['from', 'to'] as const).flatMap((end) => {
      const ref = edit[end] ? checkRef(draft, edit[end], [end], lookup, problems) : null;
      return ref ? [[end, ref]] : [];
    }),
  );
  const quote = relocated(draft, found.proposal, edit, problems);
  checkConfidence(edit.confidence, problems);
  if (problems.length > 0) throw refusal(problems);
  const { from: _f, to: _t, quote: _q, start: _s, ...plain } = edit;
  const changed = Object.keys(edit).join(', ');
  const next = withProposal(draft, found, (p) => ({
    ...Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)),
    ...ends,
    ...quote,
    state: 'EDITED',
    history: [...p.history, changeOf('EDITED', stamp, changed)],
  }));
  return { ...next, known: withKnown(draft, lookup) };
}

/** Changes what a new entity would be (kind, name, aliases, description); its state becomes EDITED. */
export function editEntityProposal(draft: Draft, proposalId: string, edit: EntityEdit, stamp: ReviewStamp): Draft {
  const found = findProposal(draft, proposalId);
  if (found.list !== 'entities') {
    throw refusal([
      { path: ['proposalId'], message: `expected an entity proposal, got the relationship proposal "${proposalId}"` },
    ]);
  }
  const given = Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined)) as Partial<EntityProposal>;
  return withProposal(draft, found, (p) => ({
    ...given,
    state: 'EDITED',
    history: [...p.history, changeOf('EDITED', stamp, Object.keys(given).join(', '))],
  }));
}
