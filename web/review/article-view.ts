import { paragraphs } from './article-segments';
import type { Mention, RelationshipProposal } from './operations';
import { QuoteMarks } from './quote-marks';

export interface ArticleHandlers {
  /** A mention was clicked or chosen with Enter. */
  onMention(mention: Mention): void;
}

/**
 * The article, drawn once as paragraphs of text spans cut at every
 * mention's ends (article-segments.ts). After that only attributes
 * change: a relinked mention's kind and title, and the quotes, which are CSS
 * highlights over ranges (quote-marks.ts) and never touch the text's DOM —
 * so a change costs the same on a 3,000-word article as on a short one.
 * The article is one tab stop: the arrow keys move between its mentions
 * (aria-activedescendant), Enter opens one. The mentions themselves are not
 * focusable: a press on a focusable element starts no text selection in
 * Chromium, and words are selected by dragging across mentions.
 */
export class ArticleView {
  readonly marks: QuoteMarks;
  private readonly spans = new Map<string, HTMLElement[]>();
  private mentions = new Map<string, Mention>();
  private order: HTMLElement[] = [];
  private active = -1;

  constructor(
    readonly root: HTMLElement,
    readonly text: string,
    mentions: readonly Mention[],
    private readonly handlers: ArticleHandlers,
  ) {
    const fragment = document.createDocumentFragment();
    const nodes: Text[] = [];
    const starts: number[] = [];
    // A block per paragraph, so the browser can skip laying out those out of view (content-visibility).
    for (const paragraph of paragraphs(text, mentions)) {
      const block = document.createElement('div');
      block.className = 'paragraph';
      for (const { from, to, owner } of paragraph) {
        const node = document.createTextNode(text.slice(from, to));
        nodes.push(node);
        starts.push(from);
        block.append(owner === undefined ? node : this.mentionSpan(owner, node));
      }
      fragment.append(block);
    }
    root.replaceChildren(fragment);
    // The first span of each mention is where the keys stop.
    this.order = [...this.spans.values()]
      .map((list) => list[0]!)
      .sort((a, b) => Number(a.dataset['start']) - Number(b.dataset['start']));
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
        const active = span.classList.contains('active') ? ' active' : '';
        span.className = `mention kind-${m.entity.kind ?? m.kind}${m.entity.entityId !== null ? ' known' : ''}${active}`;
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
    span.append(node);
    const list = this.spans.get(mention.id) ?? [];
    if (list.length === 0) {
      span.id = `mention-${mention.id}`;
      span.dataset['start'] = String(mention.start);
    }
    list.push(span);
    this.spans.set(mention.id, list);
    return span;
  }

  private clicked(event: Event): void {
    const span = (event.target as HTMLElement).closest<HTMLElement>('[data-mention]');
    // The end of a drag that selected words is a selection, not a click on a mention.
    if (span === null || !(window.getSelection()?.isCollapsed ?? true)) return;
    const first = this.spans.get(span.dataset['mention'] ?? '')?.[0];
    if (first !== undefined) this.activate(this.order.indexOf(first));
    this.open(span);
  }

  private key(event: KeyboardEvent): void {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      this.activate(Math.min(this.order.length - 1, Math.max(0, this.active + step)));
    } else if ((event.key === 'Enter' || event.key === ' ') && this.order[this.active] !== undefined) {
      this.open(this.order[this.active]!);
    } else return;
    event.preventDefault();
  }

  private activate(index: number): void {
    this.order[this.active]?.classList.remove('active');
    const span = this.order[index];
    if (span === undefined) return;
    this.active = index;
    span.classList.add('active');
    this.root.setAttribute('aria-activedescendant', span.id);
    span.scrollIntoView({ block: 'nearest' });
  }

  private open(span: HTMLElement): void {
    const mention = this.mentions.get(span.dataset['mention'] ?? '');
    if (mention !== undefined) this.handlers.onMention(mention);
  }
}
