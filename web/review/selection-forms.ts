import { h } from '../shared/dom';
import type { ReviewApi } from './api';
import { endPicker } from './end-picker';
import type { Draft } from './operations';
import { field, problemsOf, showProblems } from './problems';
import { RELATIONSHIP_TYPES, STATUSES, choice, confidenceInput } from './vocabulary';

export interface SelectionActions {
  /** AddRelationshipProposalInput without the draft id. */
  add: (input: Record<string, unknown>) => Promise<void>;
  /** The span becomes the quote of an existing proposal (its words and start). */
  requote: (proposalId: string, quote: string, start: number) => Promise<void>;
  /** The span becomes one more source of an existing proposal. */
  addSource: (proposalId: string, start: number, end: number) => Promise<void>;
}

/**
 * The two forms of a selected span: a new relationship quoting it (type,
 * ends, status, confidence), or it as the quote or an extra source of an
 * existing proposal.
 * A refusal is shown beside the field it names; `done` once one succeeded.
 */
export function spanForms(
  draft: Draft,
  api: ReviewApi,
  { quote, start, end }: { quote: string; start: number; end: number },
  actions: SelectionActions,
  done: () => void,
) {
  const type = choice('type', RELATIONSHIP_TYPES, null, 'Type');
  const [from, to] = [endPicker('From', draft, api, null), endPicker('To', draft, api, null)];
  const status = choice('status', STATUSES, 'REPORTED', 'Status');
  const confidence = confidenceInput(0.8);
  const rest = h('p', { class: 'problem', role: 'alert', hidden: '' });
  const attempt = (form: HTMLElement, work: () => Promise<void>) =>
    work().then(done, (error: unknown) => showProblems(form, rest, problemsOf(error)));
  const add: HTMLFormElement = h(
    'form',
    {
      class: 'new-relationship',
      'aria-label': 'New relationship from the selected words',
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(add, () =>
          actions.add({
            type: type.value,
            from: from.value(),
            to: to.value(),
            start,
            end,
            status: status.value,
            confidence: Number(confidence.value),
          }),
        );
      },
    },
    field('type', 'Type', type),
    field('from', 'From', from.element),
    field('to', 'To', to.element),
    field('status', 'Status', status),
    field('confidence', 'Confidence', confidence),
    h('button', { type: 'submit', class: 'add-relationship' }, 'Add relationship'),
  );
  const target = choice(
    'proposal',
    draft.proposals.map((p) => p.id),
    null,
    'Proposal',
  );
  const requote: HTMLFormElement = h(
    'form',
    {
      class: 'requote',
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(requote, () => actions.requote(target.value, quote, start));
      },
    },
    field('quote', 'Or make it the quote of', target),
    h('button', { type: 'submit' }, 'Use as its quote'),
    h(
      'button',
      {
        type: 'button',
        class: 'add-source',
        onclick: () => void attempt(requote, () => actions.addSource(target.value, start, end)),
      },
      'Add as an extra source',
    ),
  );
  return { add, requote, rest };
}
