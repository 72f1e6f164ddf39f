import { h } from '../shared/dom';
import type { CardActions } from './card-list';
import type { EntityProposal, EntityRef, RelationshipProposal } from './operations';

export const refLabel = (ref: EntityRef) => `${ref.name}${ref.entityId !== null ? '' : ` (new, ${ref.proposalId})`}`;

const dates = (p: RelationshipProposal) =>
  [p.date && `on ${p.date}`, p.since && `since ${p.since}`, p.until && `until ${p.until}`].filter(Boolean).join(', ');

/** Accept / Reject (or Reopen) / Edit; each button says which proposal it acts on to a screen reader. */
function buttons(id: string, state: string, actions: CardActions): HTMLElement {
  const button = (cls: string, text: string, act: (id: string) => void) =>
    h('button', { type: 'button', class: cls, 'aria-label': `${text} ${id}`, onclick: () => act(id) }, text);
  return h(
    'div',
    { class: 'actions' },
    state !== 'ACCEPTED' && button('accept', 'Accept', actions.accept),
    state !== 'REJECTED' && button('reject', 'Reject', actions.reject),
    state !== 'PROPOSED' && button('reopen', 'Reopen', actions.reopen),
    actions.edit !== undefined && button('edit', 'Edit', actions.edit),
  );
}

/** A proposal's extra sources, each with a button taking it off while the draft is open. */
function extraSources(p: RelationshipProposal, actions: CardActions): HTMLElement | null {
  if (p.extraSources.length === 0) return null;
  const remove = actions.removeSource;
  return h(
    'ul',
    { class: 'extra-sources', 'aria-label': `Extra sources of ${p.id}` },
    ...p.extraSources.map(({ quote, start, end }) =>
      h(
        'li',
        { 'data-start': String(start), 'data-end': String(end) },
        h('blockquote', { class: 'quote extra' }, `“${quote}”`),
        remove !== undefined &&
          h(
            'button',
            {
              type: 'button',
              class: 'remove-source',
              'aria-label': `Remove the extra source ${start}–${end} of ${p.id}`,
              onclick: () => remove(p.id, start, end),
            },
            'Remove',
          ),
      ),
    ),
  );
}

const problemSlot = () => h('p', { class: 'problem', role: 'alert', hidden: '' });

/** One relationship proposal: what it says, its quote, its state, what can be done. */
export function relationshipCard(p: RelationshipProposal, actions: CardActions): HTMLElement {
  return h(
    'li',
    { class: 'proposal', 'data-proposal': p.id, 'data-state': p.state, 'aria-label': `${p.id} ${p.type} ${p.state}` },
    h(
      'div',
      { class: 'head' },
      h('span', { class: 'pid' }, p.id),
      h('strong', { class: 'type' }, p.type),
      h('span', { class: `state state-${p.state}` }, p.state),
    ),
    h(
      'div',
      { class: 'ends' },
      h('span', { class: `end kind-${p.from.kind ?? ''}` }, refLabel(p.from)),
      ' → ',
      h('span', { class: `end kind-${p.to.kind ?? ''}` }, refLabel(p.to)),
    ),
    h('div', { class: 'meta' }, `${p.status} · ${p.confidence.toFixed(2)}${dates(p) ? ` · ${dates(p)}` : ''}`),
    h('blockquote', { class: 'quote' }, `“${p.quote}”`),
    extraSources(p, actions),
    problemSlot(),
    buttons(p.id, p.state, actions),
  );
}

/** One new-entity proposal: its name, kind and why. */
export function entityCard(e: EntityProposal, actions: CardActions): HTMLElement {
  return h(
    'li',
    { class: `proposal entity${e.named ? '' : ' unnamed'}`, 'data-entity': e.id, 'data-state': e.state },
    h(
      'div',
      { class: 'head' },
      h('span', { class: 'pid' }, e.id),
      h('strong', { class: `end kind-${e.kind}` }, e.name),
      h('span', { class: 'kind' }, e.kind),
      h('span', { class: `state state-${e.state}` }, e.state),
    ),
    h('div', { class: 'meta' }, e.named ? e.evidence : `described, not named · ${e.evidence}`),
    problemSlot(),
    buttons(e.id, e.state, actions),
  );
}
