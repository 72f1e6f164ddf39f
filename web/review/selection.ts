import { h, replace } from '../shared/dom';
import type { ReviewApi } from './api';
import type { Draft } from './operations';
import type { QuoteMarks } from './quote-marks';
import { spanForms, type SelectionActions } from './selection-forms';

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
    const { add, requote, rest } = spanForms(draft, this.api, { quote, start, end }, this.actions, () => this.close());
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
