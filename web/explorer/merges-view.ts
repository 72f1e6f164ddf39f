import { graphql } from '../shared/graphql-client';
import { h, replace } from '../shared/dom';
import { MERGE_OPERATIONS, MERGE_WRITES, type MergeCandidate, type MergeCandidatePage } from './merge-operations';
import { entityHref, pairCard } from './pair-card';
import { reasonForm } from './reason-form';
import type { ViewState } from './url-state';
import { keyForm, writeHeaders } from '../shared/write-key';

/** A page of candidates, and a few relationships per side: enough to judge, small on the wire. */
const PAGE = 10;
const RELATIONSHIPS_PER_ENTITY = 5;

export interface ViewDeps {
  /** Runs one request while `data-busy` says so; rethrows. */
  tracked<T>(work: () => Promise<T>): Promise<T>;
  /** Shows a failed read where the view would be. */
  failed(label: string, error: unknown): void;
}

/**
 * The merge candidates view: pairs proposed by the server with their reasons,
 * and the two decisions a person makes about them — "same" (merge into the
 * suggested keep) and "not the same" (never proposed again). After either,
 * the page of candidates is read again.
 */
export class MergesView {
  private state: ViewState | null = null;
  private after: string | null = null;
  private notice: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly deps: ViewDeps,
  ) {}

  async show(state: ViewState, after: string | null = null): Promise<void> {
    if (this.state !== state) this.notice = null;
    this.state = state;
    this.after = after;
    const variables = {
      kinds: state.kinds.length > 0 ? state.kinds : null,
      documents: state.documents.length > 0 ? state.documents : null,
      first: PAGE,
      after,
      relationships: RELATIONSHIPS_PER_ENTITY,
    };
    let data: MergeCandidatePage;
    try {
      data = await this.deps.tracked(() => graphql<MergeCandidatePage>(MERGE_OPERATIONS.MERGE_CANDIDATES, variables));
    } catch (error) {
      this.deps.failed('load the merge candidates', error);
      return;
    }
    const { edges, totalCount, pageInfo } = data.mergeCandidates;
    const scope = state.documents.length > 0 ? ` reported by ${state.documents.join(', ')}` : '';
    replace(
      this.root,
      h('h2', { id: 'merges-title', tabindex: '-1' }, 'Merge candidates'),
      h(
        'p',
        { class: 'hint' },
        `Pairs of entities of one kind that may be one thing${scope}, best first: ${totalCount} in all. `,
        'A person decides: "Same" merges the pair (a split undoes it), "Not the same" stops proposing it.',
      ),
      keyForm(() => void this.show(state, this.after), MERGE_WRITES),
      this.notice,
      edges.length === 0
        ? h('p', { class: 'empty' }, 'No candidates: nothing left to judge here.')
        : h(
            'ol',
            { class: 'pairs' },
            ...edges.map(({ node }, i) => pairCard(node, i + 1 + this.offset(after), this.actions(node))),
          ),
      h(
        'div',
        { class: 'actions pager' },
        after !== null && h('button', { type: 'button', onclick: () => void this.show(state) }, 'First page'),
        pageInfo.hasNextPage &&
          h('button', { type: 'button', onclick: () => void this.show(state, pageInfo.endCursor) }, 'Next page'),
      ),
    );
    document.body.dataset['mergeCandidates'] = String(edges.length);
  }

  private pages = new Map<string | null, number>([[null, 0]]);
  /** The rank of a page's first pair: cursors seen so far, in page order. */
  private offset(after: string | null): number {
    if (!this.pages.has(after)) this.pages.set(after, this.pages.size * PAGE);
    return this.pages.get(after)!;
  }

  private actions(candidate: MergeCandidate): HTMLElement {
    const keep = candidate.entities.find((e) => e.id === candidate.suggestedKeep.id)!;
    const absorb = candidate.entities.find((e) => e.id !== keep.id)!;
    const box = h('div', { class: 'pair-actions' });
    const buttons = h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'same', onclick: () => ask('same') }, 'Same…'),
      h('button', { type: 'button', class: 'not-same', onclick: () => ask('not-same') }, 'Not the same…'),
    );
    const close = (focus: string) => {
      replace(box, buttons);
      box.querySelector<HTMLButtonElement>(`.${focus}`)?.focus();
    };
    const ask = (which: 'same' | 'not-same') =>
      replace(
        box,
        reasonForm({
          title: which === 'same' ? `Merge “${absorb.name}” into “${keep.name}”` : 'Not the same',
          submit: which === 'same' ? 'Merge' : 'Record “not the same”',
          placeholder: which === 'same' ? 'e.g. article 101 names the judge' : 'e.g. two different orders',
          onSubmit: (reason) => (which === 'same' ? this.merge(keep, absorb, reason) : this.notSame(candidate, reason)),
          onCancel: () => close(which),
        }),
      );
    replace(box, buttons);
    return box;
  }

  private async merge(keep: { id: string }, absorb: { id: string; name: string }, reason: string): Promise<void> {
    type Answer = { mergeEntities: { merge: { id: string; kept: { id: string; name: string } } } };
    const { merge } = (
      await this.deps.tracked(() =>
        graphql<Answer>(
          MERGE_OPERATIONS.MERGE_ENTITIES,
          { keep: keep.id, absorb: absorb.id, reason },
          undefined,
          writeHeaders(),
        ),
      )
    ).mergeEntities;
    this.notice = h(
      'p',
      { class: 'notice', role: 'status', 'data-merge': merge.id },
      `Merged “${absorb.name}” into “${merge.kept.name}”. `,
      h('a', { href: entityHref(merge.kept.id), class: 'open-kept' }, `Open ${merge.kept.name}`),
      ' · ',
      h('a', { href: `?merge=${encodeURIComponent(merge.id)}` }, 'what the merge changed'),
    );
    await this.refresh();
  }

  private async notSame(candidate: MergeCandidate, reason: string): Promise<void> {
    const [a, b] = candidate.entities;
    await this.deps.tracked(() =>
      graphql(MERGE_OPERATIONS.JUDGE_NOT_SAME, { a: a!.id, b: b!.id, reason }, undefined, writeHeaders()),
    );
    this.notice = h(
      'p',
      { class: 'notice', role: 'status' },
      `Recorded: “${a!.name}” and “${b!.name}” are not the same.`,
    );
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    if (this.state === null) return;
    await this.show(this.state, this.after);
    this.root.querySelector<HTMLElement>('#merges-title')?.focus();
  }
}
