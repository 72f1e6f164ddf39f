import { graphql } from '../shared/graphql-client';
import { h, replace } from '../shared/dom';
import { MERGE_OPERATIONS, MERGE_WRITES, type MergeDetails } from './merge-operations';
import type { EntityDetails } from './operations';
import { entityHref, kindBadge } from './pair-card';
import { reasonForm } from './reason-form';
import type { ViewDeps } from './merges-view';
import { keyForm, writeHeaders } from '../shared/write-key';

/** A server timestamp as a reader wants it: to the minute, in UTC (the same for every reader). */
export const when = (at: string) => `${at.slice(0, 16).replace('T', ' ')} UTC`;
export const mergeHref = (id: string) => `?merge=${encodeURIComponent(id)}`;

/** The entity panel's part about merges: the id it was opened by, and what was merged into it. */
export function mergedFromSection(entity: EntityDetails): HTMLElement | null {
  const inForce = entity.mergedFrom.filter((m) => m.split === null);
  const split = entity.mergedFrom.filter((m) => m.split !== null);
  if (entity.resolvedFrom === null && entity.mergedFrom.length === 0) return null;
  const item = (m: EntityDetails['mergedFrom'][number]) =>
    h(
      'li',
      { 'data-merge': m.id, 'data-absorbed': m.absorbedId },
      h('code', {}, m.absorbedId),
      ` on ${when(m.at)}${m.split !== null ? `, split on ${when(m.split.at)}` : ''}: “${m.reason}” · `,
      h('a', { href: mergeHref(m.id) }, 'the merge'),
    );
  return h(
    'section',
    { class: 'merged-from' },
    entity.resolvedFrom !== null &&
      h(
        'p',
        { class: 'resolved-from' },
        'You opened ',
        h('code', {}, entity.resolvedFrom),
        `, which was merged into ${entity.name}.`,
      ),
    inForce.length > 0 && h('h3', {}, `Merged from ${inForce.length} other entit${inForce.length === 1 ? 'y' : 'ies'}`),
    inForce.length > 0 && h('ul', { class: 'merges' }, ...inForce.map(item)),
    split.length > 0 && h('h3', {}, 'Merges split since'),
    split.length > 0 && h('ul', { class: 'merges split' }, ...split.map(item)),
  );
}

/** `?merge=ID`: what one merge changed, and a split behind the write key. */
export async function showMerge(root: HTMLElement, id: string, deps: ViewDeps): Promise<void> {
  let merge: MergeDetails;
  try {
    const data = await deps.tracked(() =>
      graphql<{ entityMerge: MergeDetails }>(MERGE_OPERATIONS.ENTITY_MERGE, { id }),
    );
    merge = data.entityMerge;
  } catch (error) {
    deps.failed('load the merge', error);
    return;
  }
  const again = () => void showMerge(root, id, deps);
  const box = h('div', { class: 'pair-actions' });
  const splitButton = h('button', { type: 'button', class: 'split', onclick: () => ask() }, 'Split…');
  const ask = () =>
    replace(
      box,
      reasonForm({
        title: `Split ${merge.absorbedId} from ${merge.kept.name}`,
        submit: 'Split',
        placeholder: 'e.g. merged by mistake',
        onSubmit: async (reason) => {
          await deps.tracked(() =>
            graphql(MERGE_OPERATIONS.SPLIT_MERGE, { mergeId: id, reason }, undefined, writeHeaders()),
          );
          again();
        },
        onCancel: () => {
          replace(box, splitButton);
          splitButton.focus();
        },
      }),
    );
  replace(box, splitButton);
  replace(
    root,
    h('h2', { id: 'merge-title', tabindex: '-1' }, `Merge ${merge.id}`),
    h(
      'article',
      { class: 'merge', 'data-merge': merge.id },
      h(
        'p',
        {},
        // Once split, the absorbed id is an entity of its own again: worth a link.
        merge.split === null
          ? h('code', {}, merge.absorbedId)
          : h('a', { href: entityHref(merge.absorbedId) }, h('code', {}, merge.absorbedId)),
        ' merged into ',
        h('a', { href: entityHref(merge.keptId) }, merge.kept.name),
        ' ',
        kindBadge(merge.kept.kind),
      ),
      h('p', { class: 'meta' }, `${when(merge.at)} by ${merge.by}: “${merge.reason}”`),
      h(
        'p',
        {},
        `${merge.movedRelationshipIds.length} relationship${merge.movedRelationshipIds.length === 1 ? '' : 's'} restated on the kept entity; `,
        `${merge.withdrawnRelationshipIds.length} between the two withdrawn.`,
      ),
      merge.split !== null
        ? h(
            'p',
            { class: 'split-note' },
            `Split on ${when(merge.split.at)} by ${merge.split.by}: “${merge.split.reason}”.`,
          )
        : h('div', {}, keyForm(again, MERGE_WRITES), box),
    ),
    h('p', {}, h('a', { href: '?view=merges' }, 'All merge candidates')),
  );
}
