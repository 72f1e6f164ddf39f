import { h, replace } from '../shared/dom';
import type { ReviewApi } from './api';
import { endPicker, type RefInput } from './end-picker';
import type { Draft, Mention } from './operations';
import { refLabel } from './proposal-card';
import { field, problemsOf, showProblems } from './problems';
import { ENTITY_KIND_NAMES, choice } from './vocabulary';

export interface MentionActions {
  link(mentionId: string, to: RefInput): Promise<void>;
  /** ProposeEntityInput without the draft id: a new entity for this mention. */
  create(input: Record<string, unknown>): Promise<void>;
}

/**
 * What a chosen mention is of, and how to change that: link it to an entity
 * of the graph (found by name) or of the draft, or make a new entity for it.
 */
export function showMention(
  root: HTMLElement,
  mention: Mention,
  draft: Draft,
  api: ReviewApi,
  actions: MentionActions,
) {
  const rest = h('p', { class: 'problem', role: 'alert', hidden: '' });
  const target = endPicker('Entity', draft, api, mention.entity);
  const done = () => {
    root.hidden = true;
    root.replaceChildren();
  };
  const attempt = (form: HTMLElement, work: () => Promise<void>) =>
    work().then(done, (error: unknown) => showProblems(form, rest, problemsOf(error)));
  const link: HTMLFormElement = h(
    'form',
    {
      class: 'link-mention',
      onsubmit: (event) => {
        event.preventDefault();
        const to = target.value();
        if (to !== null) void attempt(link, () => actions.link(mention.id, to));
      },
    },
    h('div', { class: 'field' }, 'Link to ', target.element),
    h('button', { type: 'submit' }, 'Link'),
  );
  const kind = choice('kind', ENTITY_KIND_NAMES, mention.kind, 'Kind');
  const name = h('input', { name: 'name', value: mention.surface, 'aria-label': 'Name' });
  const create: HTMLFormElement = h(
    'form',
    {
      class: 'new-entity',
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(create, () =>
          actions.create({ mentionId: mention.id, kind: kind.value, name: name.value.trim() }),
        );
      },
    },
    field('kind', 'New entity: kind', kind),
    field('name', 'name', name),
    h('button', { type: 'submit' }, 'Create'),
  );
  replace(
    root,
    h('h2', {}, `Mention ${mention.id}: “${mention.surface}”`),
    h('p', { class: 'meta' }, `${mention.kind} · found by ${mention.basis} · of ${refLabel(mention.entity)}`),
    draft.state === 'OPEN' ? link : null,
    draft.state === 'OPEN' ? create : null,
    rest,
    h('button', { type: 'button', class: 'cancel', onclick: done }, 'Close'),
  );
  root.hidden = false;
  root.querySelector<HTMLElement>('select')?.focus();
}
