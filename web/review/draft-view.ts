import { byId, h, replace } from '../shared/dom';
import type { ReviewApi } from './api';
import { ArticleView } from './article-view';
import { CardList, type CardActions } from './card-list';
import { CommitBar } from './commit-bar';
import { showMention } from './mention-panel';
import type { Change, Draft, EntityProposal, RelationshipProposal } from './operations';
import { entityCard, relationshipCard } from './proposal-card';
import { proposalEditor } from './proposal-editor';
import { problemsOf } from './problems';
import { SelectionPanel } from './selection';

/** Where a card's refusal is shown. */
type ProblemSlots = Pick<CardList<{ id: string }>, 'problem'>;

/**
 * One draft under review: the article (drawn once), the relationship and
 * entity proposals beside it, the selection and mention panels and the
 * commit bar. Every change goes to the API and the draft it answers is
 * handed to `render`, which touches only what changed.
 */
export class DraftView {
  private readonly article: ArticleView;
  private readonly relationships: CardList<RelationshipProposal>;
  private readonly entities: CardList<EntityProposal>;
  private readonly selection: SelectionPanel;
  private readonly commitBar: CommitBar;

  constructor(
    private draft: Draft,
    private readonly api: ReviewApi,
    /** How long each draw took (ms), for the page's timing. */
    private readonly drawn: (ms: number) => void = () => {},
  ) {
    const d = draft.document;
    replace(byId('title'), d.title);
    replace(
      byId('doc-meta'),
      [d.publisher, d.published].filter(Boolean).join(' · '),
      d.url !== null && d.url !== '' ? h('a', { href: d.url, rel: 'noreferrer' }, ` ${d.url}`) : null,
    );
    const mentionRoot = byId('mention');
    this.article = new ArticleView(byId('article-text'), d.text, draft.mentions, {
      onMention: (mention) =>
        showMention(mentionRoot, mention, this.draft, api, {
          link: (mentionId, to) => this.apply('LINK_MENTION', { mentionId, to }),
          create: (input) => this.apply('PROPOSE_ENTITY', { input }),
        }),
    });
    const actions = (list: () => ProblemSlots): CardActions => ({
      accept: (id) => void this.act(list(), id, 'ACCEPT', { proposalId: id }),
      reject: (id) => void this.act(list(), id, 'REJECT', { proposalId: id }),
      reopen: (id) => void this.act(list(), id, 'REOPEN', { proposalId: id }),
      select: (id) => this.select(id),
    });
    const relationshipActions: CardActions = {
      ...actions(() => this.relationships),
      edit: (id) => this.edit(id),
      removeSource: (id, start, end) =>
        void this.act(this.relationships, id, 'REMOVE_SOURCE', { input: { proposalId: id, start, end } }),
    };
    this.relationships = new CardList(
      byId('proposals'),
      (p) => relationshipCard(p, relationshipActions),
      relationshipActions,
    );
    const entityActions = actions(() => this.entities);
    this.entities = new CardList(byId('entities'), (e) => entityCard(e, entityActions), entityActions);
    this.selection = new SelectionPanel(byId('selection'), d.text, this.article.marks, api, {
      add: (input) => this.apply('ADD_RELATIONSHIP', { input }),
      requote: (proposalId, quote, start) => this.apply('EDIT_RELATIONSHIP', { input: { proposalId, quote, start } }),
      addSource: (proposalId, start, end) => this.apply('ADD_SOURCE', { input: { proposalId, start, end } }),
    });
    this.commitBar = new CommitBar(
      byId('commit-bar'),
      async () => this.render(await api.commit(this.draft)),
      (list, index, text) => {
        const id = (list === 'proposals' ? this.draft.proposals : this.draft.entities)[index]?.id;
        if (id !== undefined) (list === 'proposals' ? this.relationships : this.entities).problem(id, text);
      },
    );
    this.render(draft);
  }

  render(draft: Draft): void {
    const started = performance.now();
    this.draft = draft;
    // A refusal shown on a card was about the revision before this one.
    for (const slot of document.querySelectorAll<HTMLElement>('.proposal .problem')) slot.hidden = true;
    document.body.dataset['draftState'] = draft.state;
    document.body.dataset['revision'] = String(draft.revision);
    this.article.update(draft.mentions);
    this.article.markQuotes(draft.proposals);
    this.relationships.update(draft.proposals);
    this.entities.update(draft.entities);
    this.selection.setDraft(draft);
    this.commitBar.update(draft);
    // A committed draft is read-only: its cards stay, their buttons go dead.
    if (draft.state !== 'OPEN')
      for (const b of document.querySelectorAll<HTMLButtonElement>('.proposal button')) b.disabled = true;
    this.drawn(performance.now() - started);
  }

  /** A change the API may refuse: the refusal goes to the form that asked (it throws). */
  private async apply(change: Change, variables: Record<string, unknown>): Promise<void> {
    this.render(await this.api.change(this.draft, change, variables));
  }

  /** A change from a card's button or key: the refusal is shown in that card. */
  private async act(list: ProblemSlots, id: string, change: Change, variables: Record<string, unknown>) {
    if (this.draft.state !== 'OPEN') return;
    try {
      await this.apply(change, variables);
    } catch (error) {
      list.problem(
        id,
        problemsOf(error)
          .map((p) => p.message)
          .join(' '),
      );
    }
  }

  private select(id: string): void {
    const proposal = this.draft.proposals.find((p) => p.id === id);
    const mention = this.draft.mentions.find((m) => m.entity.proposalId === id);
    const span = proposal ?? mention;
    if (span !== undefined) this.article.marks.current(span.start, span.end);
  }

  private edit(id: string): void {
    const card = this.relationships.card(id);
    const proposal = this.draft.proposals.find((p) => p.id === id);
    if (card === undefined || proposal === undefined || this.draft.state !== 'OPEN') return;
    card.querySelector('form.editor')?.remove();
    const close = () => {
      editor.remove();
      card.focus();
    };
    const editor = proposalEditor(proposal, this.draft, this.api, {
      save: (input) => this.apply('EDIT_RELATIONSHIP', { input: { proposalId: id, ...input } }),
      close,
    });
    card.append(editor);
  }
}
