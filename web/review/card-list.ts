/** What a list of proposals does with a card, by keyboard or mouse. */
export interface CardActions {
  accept: (id: string) => void;
  reject: (id: string) => void;
  reopen: (id: string) => void;
  edit?: (id: string) => void;
  /** Takes the extra source text[start:end] off the proposal. */
  removeSource?: (id: string, start: number, end: number) => void;
  /** The card was chosen: mark its quote (or mention) in the article. */
  select: (id: string) => void;
}

const KEYS: Record<string, 'next' | 'previous'> = { j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous' };

/**
 * A list of proposal cards that is one tab stop (roving tabindex): j/k or
 * the arrows move between cards, Enter or Space chooses one, a/r accept or
 * reject it, e edits it. An update replaces only the cards whose proposal
 * changed, and gives the focus back to a replaced card that had it.
 */
export class CardList<T extends { id: string }> {
  private readonly shown = new Map<string, { json: string; card: HTMLElement }>();
  private current: string | null = null;

  constructor(
    readonly root: HTMLElement,
    private readonly draw: (item: T) => HTMLElement,
    private readonly actions: CardActions,
  ) {
    root.addEventListener('keydown', (event) => this.key(event));
    root.addEventListener('click', (event) => {
      const card = (event.target as HTMLElement).closest<HTMLElement>('[data-id]');
      if (card !== null && (event.target as HTMLElement).closest('button, form, a') === null) this.choose(card, true);
    });
  }

  update(items: readonly T[]): void {
    const had = document.activeElement;
    const cards = items.map((item) => {
      const json = JSON.stringify(item);
      const shown = this.shown.get(item.id);
      if (shown !== undefined && shown.json === json) return shown.card;
      const card = this.draw(item);
      card.dataset['id'] = item.id;
      card.tabIndex = -1;
      if (item.id === this.current) card.setAttribute('aria-current', 'true');
      if (shown?.card.contains(had) === true) queueMicrotask(() => card.focus());
      this.shown.set(item.id, { json, card });
      return card;
    });
    // Only new or changed cards are new nodes; the others are moved into place as they are.
    cards.forEach((card, i) => {
      if (this.root.children[i] !== card) this.root.insertBefore(card, this.root.children[i] ?? null);
    });
    while (this.root.children.length > cards.length) this.root.lastElementChild!.remove();
    const focusable = this.card(this.current) ?? cards[0];
    if (focusable !== undefined) focusable.tabIndex = 0;
  }

  card(id: string | null): HTMLElement | undefined {
    return id === null ? undefined : this.shown.get(id)?.card;
  }

  /** A refusal of this card's change, shown in the card. */
  problem(id: string, text: string): void {
    const slot = this.card(id)?.querySelector<HTMLElement>('.problem');
    if (slot === null || slot === undefined) return;
    slot.textContent = text;
    slot.hidden = false;
  }

  choose(card: HTMLElement, select: boolean): void {
    for (const other of this.root.querySelectorAll<HTMLElement>('[data-id]')) other.tabIndex = -1;
    this.root.querySelector('[aria-current]')?.removeAttribute('aria-current');
    card.tabIndex = 0;
    card.setAttribute('aria-current', 'true');
    this.current = card.dataset['id'] ?? null;
    if (document.activeElement !== card && !card.contains(document.activeElement)) card.focus();
    if (select && this.current !== null) this.actions.select(this.current);
  }

  private key(event: KeyboardEvent): void {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-id]');
    // Keys typed into a field of a card (an editor) are the field's.
    if (card === null || (event.target as HTMLElement).closest('input, select, textarea, form') !== null) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const id = card.dataset['id']!;
    const move = KEYS[event.key];
    if (move !== undefined) {
      const next = move === 'next' ? card.nextElementSibling : card.previousElementSibling;
      if (next instanceof HTMLElement) this.choose(next, true);
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === card) this.choose(card, true);
    else if (event.key === 'a') this.actions.accept(id);
    else if (event.key === 'r') this.actions.reject(id);
    else if (event.key === 'e' && this.actions.edit !== undefined) this.actions.edit(id);
    else return;
    event.preventDefault();
  }
}
