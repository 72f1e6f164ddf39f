import type { Mention, RelationshipProposal } from './operations';
import { QuoteMarks } from './quote-marks';

export interface ArticleHandlers {
  /** A mention was clicked or chosen with Enter. */
  onMention(mention: Mention): void;
}

/**
 * The article, drawn once as text spans cut at every mention's ends (a
 * mention inside another colours its own words). After that only attributes
 * change: a relinked mention's kind and title, and the quotes, which are CSS
 * highlights over ranges (quote-marks.ts) and never touch the text's DOM —
 * so a change costs the same on a 3,000-word article as on a short one.
 * Mentions are one tab stop: the arrow keys move between them (roving tabindex).
 */
export class ArticleView {
  readonly marks: QuoteMarks;
  private readonly spans = new Map<string, HTMLElement[]>();
  private mentions = new Map<string, Mention>();
  private order: HTMLElement[] = [];

  constructor(
    readonly root: HTMLElement,
    readonly text: string,
    mentions: readonly Mention[],
    private readonly handlers: ArticleHandlers,
  ) {
    const cuts = new Set<number>([0, text.length]);
    for (const m of mentions) cuts.add(m.start).add(m.end);
    const points = [...cuts].sort((a, b) => a - b);
    const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
    const fragment = document.createDocumentFragment();
    const nodes: Text[] = [];
    const starts: number[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const node = document.createTextNode(text.slice(from, to));
      nodes.push(node);
      starts.push(from);
      // The shortest mention holding the segment is the one its words belong to.
      const owner = byLength.findLast((m) => m.start <= from && to <= m.end);
      if (owner === undefined) fragment.append(node);
      else fragment.append(this.mentionSpan(owner, node));
    }
    root.replaceChildren(fragment);
    this.order = [...root.querySelectorAll<HTMLElement>('.mention')];
    if (this.order[0] !== undefined) this.order[0].tabIndex = 0;
    this.marks = new QuoteMarks(root, nodes, starts);
    this.update(mentions);
    root.addEventListener('click', (event) => this.clicked(event));
    root.addEventListener('keydown', (event) => this.key(event));
  }

  /** Kind and title of each mention whose entity changed; nothing else is touched. */
  update(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const before = this.mentions.get(m.id);
      if (before !== undefined && JSON.stringify(before) === JSON.stringify(m)) continue;
      this.mentions.set(m.id, m);
      const linked = m.entity.entityId !== null ? `graph: ${m.entity.entityId}` : `proposal ${m.entity.proposalId}`;
      for (const span of this.spans.get(m.id) ?? []) {
        span.className = `mention kind-${m.entity.kind ?? m.kind}${m.entity.entityId !== null ? ' known' : ''}`;
        span.title = `${m.entity.kind ?? m.kind} · ${m.entity.name} (${linked}) · ${m.basis}`;
      }
    }
  }

  /** The quote marks of every proposal (faint), and a proposal's own (strong) when given. */
  markQuotes(proposals: readonly RelationshipProposal[]): void {
    this.marks.all(proposals.filter((p) => p.state !== 'REJECTED'));
  }

  private mentionSpan(mention: Mention, node: Text): HTMLElement {
    const span = document.createElement('span');
    span.dataset['mention'] = mention.id;
    span.tabIndex = -1;
    span.setAttribute('role', 'button');
    span.append(node);
    const list = this.spans.get(mention.id) ?? [];
    list.push(span);
    this.spans.set(mention.id, list);
    return span;
  }

  private clicked(event: Event): void {
    const span = (event.target as HTMLElement).closest<HTMLElement>('[data-mention]');
    // The end of a drag that selected words is a selection, not a click on a mention.
    if (span === null || !(window.getSelection()?.isCollapsed ?? true)) return;
    this.open(span);
  }

  private key(event: KeyboardEvent): void {
    const span = (event.target as HTMLElement).closest<HTMLElement>('[data-mention]');
    if (span === null) return;
    const at = this.order.indexOf(span);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      const next = this.order[Math.min(this.order.length - 1, Math.max(0, at + step))];
      if (next === undefined) return;
      event.preventDefault();
      span.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.open(span);
    }
  }

  private open(span: HTMLElement): void {
    const mention = this.mentions.get(span.dataset['mention'] ?? '');
    if (mention !== undefined) this.handlers.onMention(mention);
  }
}
