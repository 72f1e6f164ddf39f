import type { RelationshipProposal } from './operations';

/**
 * Offsets of the article's text <-> DOM ranges over its text nodes. Quotes
 * are drawn with the CSS Custom Highlight API (`::highlight(quote)`,
 * `::highlight(quote-current)`): ranges styled by the browser, so marking
 * or moving a quote never rewrites the article's DOM.
 */
export class QuoteMarks {
  private readonly index = new Map<Text, number>();

  constructor(
    private readonly root: HTMLElement,
    private readonly nodes: readonly Text[],
    private readonly starts: readonly number[],
  ) {
    nodes.forEach((node, i) => this.index.set(node, i));
  }

  all(proposals: readonly RelationshipProposal[]): void {
    if (!('highlights' in CSS)) return;
    const spans = proposals.flatMap((p) => [p, ...p.extraSources]);
    CSS.highlights.set('quote', new Highlight(...spans.map((s) => this.range(s.start, s.end))));
  }

  /** Marks one quote strongly and scrolls the article (its own scroller) to put it in the middle. */
  current(start: number, end: number): void {
    const range = this.range(start, end);
    this.root.dataset['marked'] = `${start}-${end}`;
    if ('highlights' in CSS) CSS.highlights.set('quote-current', new Highlight(range));
    const box = range.getBoundingClientRect();
    const view = this.root.getBoundingClientRect();
    this.root.scrollTop += box.top + box.height / 2 - (view.top + view.height / 2);
  }

  clear(): void {
    delete this.root.dataset['marked'];
    if ('highlights' in CSS) CSS.highlights.delete('quote-current');
  }

  /** A DOM range over text[start:end]. */
  range(start: number, end: number): Range {
    const range = document.createRange();
    const [a, b] = [this.at(start), this.at(Math.max(start, end - 1))];
    range.setStart(this.nodes[a]!, start - this.starts[a]!);
    range.setEnd(this.nodes[b]!, end - this.starts[b]!);
    return range;
  }

  /** The text offsets of a selected range, or null when it is not inside the article. */
  offsets(range: Range): { start: number; end: number } | null {
    if (!this.root.contains(range.commonAncestorContainer)) return null;
    const start = this.offset(range.startContainer, range.startOffset);
    const end = this.offset(range.endContainer, range.endOffset);
    return start < end ? { start, end } : null;
  }

  private offset(container: Node, offset: number): number {
    const i = container instanceof Text ? this.index.get(container) : undefined;
    if (i !== undefined) return this.starts[i]! + offset;
    // A boundary between elements: count the text before it.
    const before = document.createRange();
    before.setStart(this.root, 0);
    before.setEnd(container, offset);
    return before.toString().length;
  }

  /** The index of the text node holding offset `at` (binary search over their starts). */
  private at(at: number): number {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
