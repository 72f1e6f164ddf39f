import { h } from '../shared/dom';
import { KIND_COLOURS } from '../shared/kind-colours';
import { mergedFromSection } from './merge-page';
import type { Dated, EntityDetails, PathDetails, RelationshipDetails, SourceDetails } from './operations';

const kindBadge = (kind: string) =>
  h('span', { class: 'kind', style: `background:${KIND_COLOURS[kind] ?? '#888'}` }, kind.toLowerCase());

function when(r: { date: Dated | null; since: Dated | null; until: Dated | null }): string | null {
  if (r.date !== null) return r.date.text;
  if (r.since !== null || r.until !== null) return `${r.since?.text ?? '…'} – ${r.until?.text ?? 'ongoing'}`;
  return null;
}

export interface EntityActions {
  pathFrom(id: string): void;
  pathTo(id: string): void;
  recentre(id: string): void;
}

export function entityPanel(entity: EntityDetails, actions: EntityActions): HTMLElement {
  return h(
    'article',
    { class: 'entity', 'data-entity': entity.id },
    h('h2', {}, entity.name, ' ', kindBadge(entity.kind)),
    entity.aliases.length > 0 && h('p', { class: 'aliases' }, `Also: ${entity.aliases.join(', ')}`),
    entity.description !== null && h('p', {}, entity.description),
    mergedFromSection(entity),
    h(
      'p',
      { class: 'meta' },
      `${entity.degree} relationship${entity.degree === 1 ? '' : 's'} · id `,
      h('code', {}, entity.id),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.recentre(entity.id) }, 'Centre here'),
      h('button', { type: 'button', onclick: () => actions.pathFrom(entity.id) }, 'Path from'),
      h('button', { type: 'button', onclick: () => actions.pathTo(entity.id) }, 'Path to'),
    ),
  );
}

function sourceItem(source: SourceDetails): HTMLElement {
  const doc = source.document;
  const title = doc.title ?? doc.id;
  return h(
    'li',
    { class: 'source' },
    h('blockquote', { class: 'quote' }, `“${source.quote}”`),
    source.attributedTo !== null && h('p', { class: 'meta' }, `according to ${source.attributedTo.name}`),
    h(
      'p',
      { class: 'document' },
      doc.url !== null ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
      doc.publisher !== null && ` — ${doc.publisher}`,
      doc.published !== null && `, ${doc.published.text}`,
    ),
    h('details', {}, h('summary', {}, 'In context'), h('p', { class: 'context' }, source.context)),
  );
}

export function relationshipPanel(relationship: RelationshipDetails): HTMLElement {
  const date = when(relationship);
  return h(
    'article',
    { class: 'relationship', 'data-relationship': relationship.id },
    h('h2', {}, relationship.type),
    h('p', { class: 'explanation' }, relationship.explanation),
    h(
      'p',
      { class: 'meta' },
      [
        date !== null ? `When: ${date}` : 'Undated',
        relationship.status.toLowerCase(),
        `confidence ${relationship.confidence}`,
      ].join(' · '),
    ),
    h('h3', {}, `Sources (${relationship.sources.length})`),
    h('ol', { class: 'sources' }, ...relationship.sources.map(sourceItem)),
  );
}

export function pathPanel(path: PathDetails, names: Map<string, string>): HTMLElement {
  return h(
    'article',
    { class: 'path' },
    h('h2', {}, `Path: ${path.length} hop${path.length === 1 ? '' : 's'}`),
    h(
      'p',
      { class: 'meta' },
      `weakest hop: ${path.minSources} source${path.minSources === 1 ? '' : 's'}, confidence ${path.minConfidence}; ${path.documentCount} document${path.documentCount === 1 ? '' : 's'} in all`,
    ),
    h(
      'ol',
      { class: 'hops' },
      ...path.hops.map((hop) => {
        const r = hop.relationship;
        return h(
          'li',
          { class: 'hop', 'data-relationship': r.id },
          h(
            'span',
            { class: 'hop-ends' },
            `${names.get(hop.direction === 'FORWARD' ? r.fromId : r.toId) ?? ''} → ${names.get(hop.direction === 'FORWARD' ? r.toId : r.fromId) ?? ''}`,
          ),
          h('p', { class: 'explanation' }, hop.explanation),
        );
      }),
    ),
    h('p', { class: 'hint' }, 'Click an edge for all its sources.'),
  );
}

export function messagePanel(title: string, text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('article', { class: `message ${kind}` }, h('h2', {}, title), h('p', {}, text));
}
