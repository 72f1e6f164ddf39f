import { refusal } from '../fact-rules';
import type { Problem } from '../zod-issues';
import type { Draft, DraftSource, RelationshipProposal } from './model';
import { changeOf, findProposal, withProposal, type ReviewStamp } from './review';

/** A span of the draft's text a reviewer selected: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Refuses a span outside the text or holding only white space; the one check of every selected span. */
export function checkSpan(text: string, { start, end }: Span, problems: Problem[]): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
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
}

/** Stored drafts from before extra sources have none. */
export const extraSourcesOf = (p: RelationshipProposal): DraftSource[] => p.extraSources ?? [];

/** Every source a commit writes for the proposal: its quote first, then its extra sources in the order added. */
export const sourcesOf = (p: RelationshipProposal): DraftSource[] => [
  { quote: p.quote, start: p.start, end: p.end },
  ...extraSourcesOf(p),
];

function relationshipProposal(draft: Draft, proposalId: string) {
  const found = findProposal(draft, proposalId);
  if (found.list !== 'proposals') {
    throw refusal([
      { path: ['proposalId'], message: `expected a relationship proposal, got the entity proposal "${proposalId}"` },
    ]);
  }
  return found;
}

/** The span as one more source of a relationship proposal (EDITED): the same fact, stated again elsewhere in the text. */
export function addProposalSource(draft: Draft, proposalId: string, span: Span, stamp: ReviewStamp): Draft {
  const found = relationshipProposal(draft, proposalId);
  const problems: Problem[] = [];
  checkSpan(draft.document.text, span, problems);
  const same = sourcesOf(found.proposal).findIndex((s) => s.start === span.start && s.end === span.end);
  if (same !== -1) {
    problems.push({
      path: ['start'],
      message: `expected a span that is not yet a source of "${proposalId}", got ${span.start}–${span.end}, already its ${same === 0 ? 'quote' : 'extra source'}`,
    });
  }
  if (problems.length > 0) throw refusal(problems);
  const source: DraftSource = { quote: draft.document.text.slice(span.start, span.end), ...span };
  return withProposal(draft, found, (p) => ({
    extraSources: [...extraSourcesOf(p as RelationshipProposal), source],
    state: 'EDITED',
    history: [...p.history, changeOf('EDITED', stamp, `extra source ${span.start}–${span.end}`)],
  }));
}

/** Takes an extra source off a relationship proposal (EDITED); its quote stays (edit it to move it). */
export function removeProposalSource(draft: Draft, proposalId: string, span: Span, stamp: ReviewStamp): Draft {
  const found = relationshipProposal(draft, proposalId);
  const extras = extraSourcesOf(found.proposal);
  if (!extras.some((s) => s.start === span.start && s.end === span.end)) {
    const held = extras.map((s) => `${s.start}–${s.end}`).join(', ') || 'none';
    throw refusal([
      {
        path: ['start'],
        message: `expected an extra source of "${proposalId}" (${held}), got ${span.start}–${span.end}`,
      },
    ]);
  }
  return withProposal(draft, found, (p) => ({
    extraSources: extras.filter((s) => s.start !== span.start || s.end !== span.end),
    state: 'EDITED',
    history: [...p.history, changeOf('EDITED', stamp, `removed extra source ${span.start}–${span.end}`)],
  }));
}
