import { h, replace } from '../shared/dom';
import type { ReviewApi } from './api';
import { endPicker } from './end-picker';
import type { Draft } from './operations';
import { field, problemsOf, showProblems } from './problems';
import type { QuoteMarks } from './quote-marks';
import { RELATIONSHIP_TYPES, STATUSES, choice } from './vocabulary';

export interface SelectionActions {
  /** AddRelationshipProposalInput without the draft id. */
  add(input: Record<string, unknown>): Promise<void>;
  /** The span becomes the quote of an existing proposal (its words and start). */
  requote(proposalId: string, quote: string, start: number): Promise<void>;
}

/** A selection's offsets without the white space at its ends. */
function trimmed(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * Words selected in the article (by mouse or keyboard) become the quote of
 * a new relationship — type, ends, status, confidence — or the quote of an
 * existing proposal. The offsets are taken when the selection is made, so
 * moving into the form (which drops the selection) keeps them.
 */
export class SelectionPanel {
  private draft: Draft | null = null;
  private shown: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly text: string,
    private readonly marks: QuoteMarks,
    private readonly api: ReviewApi,
    private readonly actions: SelectionActions,
  ) {
    let timer = 0;
    document.addEventListener('selectionchange', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => this.selected(), 120);
    });
  }

  setDraft(draft: Draft): void {
    this.draft = draft;
  }

  private selected(): void {
    const selection = window.getSelection();
    if (selection === null || selection.isCollapsed || selection.rangeCount === 0 || this.draft === null) return;
    const raw = this.marks.offsets(selection.getRangeAt(0));
    const span = raw === null ? null : trimmed(this.text, raw.start, raw.end);
    if (span === null || this.draft.state !== 'OPEN' || this.shown === `${span.start}-${span.end}`) return;
    this.show(this.draft, span.start, span.end);
  }

  private show(draft: Draft, start: number, end: number): void {
    this.shown = `${start}-${end}`;
    const quote = this.text.slice(start, end);
    const type = choice('type', RELATIONSHIP_TYPES, null, 'Type');
    const [from, to] = [endPicker('From', draft, this.api, null), endPicker('To', draft, this.api, null)];
    const status = choice('status', STATUSES, 'REPORTED', 'Status');
    const confidence = h('input', {
      name: 'confidence',
      type: 'number',
      min: '0',
      max: '1',
      step: '0.01',
      value: '0.8',
    });
    const rest = h('p', { class: 'problem', role: 'alert', hidden: '' });
    const attempt = (form: HTMLElement, work: () => Promise<void>) =>
      work().then(
        () => this.close(),
        (error: unknown) => showProblems(form, rest, problemsOf(error)),
      );
    const add: HTMLFormElement = h(
      'form',
      {
        class: 'new-relationship',
        'aria-label': 'New relationship from the selected words',
        onsubmit: (event) => {
          event.preventDefault();
          void attempt(add, () =>
            this.actions.add({
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
          void attempt(requote, () => this.actions.requote(target.value, quote, start));
        },
      },
      field('quote', 'Or make it the quote of', target),
      h('button', { type: 'submit' }, 'Use as its quote'),
    );
    replace(
      this.root,
      h('h2', {}, 'Selected words'),
      h('blockquote', { class: 'quote', 'data-start': String(start), 'data-end': String(end) }, `“${quote}”`),
      add,
      requote,
      rest,
      h('button', { type: 'button', class: 'cancel', onclick: () => this.close() }, 'Cancel'),
    );
    this.root.hidden = false;
  }

  close(): void {
    this.shown = null;
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}
