import { h } from '../shared/dom';
import type { ReviewApi } from './api';
import type { Draft, EntityRef } from './operations';

export type RefInput = { entityId: string } | { proposalId: string };

export interface EndPicker {
  element: HTMLElement;
  /** The chosen end, as the API's DraftEntityRefInput. */
  value(): RefInput | null;
}

const keyOf = (ref: { entityId?: string | null; proposalId?: string | null }) =>
  ref.entityId ? `entity:${ref.entityId}` : `proposal:${ref.proposalId}`;

/** The graph's entities the draft refers to, by id, with their names and kinds. */
function graphEntities(draft: Draft): EntityRef[] {
  const seen = new Map<string, EntityRef>();
  for (const ref of [...draft.mentions.map((m) => m.entity), ...draft.proposals.flatMap((p) => [p.from, p.to])]) {
    if (ref.entityId !== null && !seen.has(ref.entityId)) seen.set(ref.entityId, ref);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One end of a relationship: an entity of the graph the article mentions, a
 * new-entity proposal of the draft, or any entity of the graph found by name
 * (search, with the explorer's vetted search operation).
 */
export function endPicker(label: string, draft: Draft, api: ReviewApi, current: EntityRef | null): EndPicker {
  const select = h('select', { name: label.toLowerCase(), 'aria-label': `${label} end` });
  const group = (title: string, refs: Array<{ key: string; text: string }>) => {
    const optgroup = h('optgroup', { label: title });
    for (const ref of refs) optgroup.append(new Option(ref.text, ref.key));
    return optgroup;
  };
  select.append(
    new Option('— choose —', ''),
    group(
      'In the graph',
      graphEntities(draft).map((ref) => ({ key: keyOf(ref), text: `${ref.name} · ${ref.kind ?? ''}` })),
    ),
    group(
      'New (proposals of this draft)',
      draft.entities
        .filter((e) => e.state !== 'REJECTED')
        .map((e) => ({ key: `proposal:${e.id}`, text: `${e.name} · ${e.kind} (${e.id}, ${e.state})` })),
    ),
  );
  if (current !== null) select.value = keyOf(current);
  const search = h('input', { type: 'search', placeholder: 'find in the graph…', 'aria-label': `Find ${label} end` });
  const note = h('span', { class: 'hint', 'aria-live': 'polite' });
  const find = async () => {
    const text = search.value.trim();
    if (text === '') return;
    const hits = await api.search(text).catch(() => []);
    select.querySelector('optgroup.found')?.remove();
    const found = group(
      'Found',
      hits.map((hit) => ({ key: `entity:${hit.entity.id}`, text: `${hit.entity.name} · ${hit.entity.kind}` })),
    );
    found.classList.add('found');
    select.prepend(found);
    if (hits[0] !== undefined) select.value = `entity:${hits[0].entity.id}`;
    note.textContent = hits.length === 0 ? `nothing found for “${text}”` : `${hits.length} found`;
  };
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // Enter here searches; it does not submit the form
    void find();
  });
  return {
    element: h('span', { class: 'end-picker', 'data-end': label.toLowerCase() }, select, search, note),
    value() {
      const [kind, id] = select.value.split(/:(.*)/s);
      if (id === undefined || id === '') return null;
      return kind === 'entity' ? { entityId: id } : { proposalId: id };
    },
  };
}
