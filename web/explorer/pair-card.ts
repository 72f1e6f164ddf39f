import { h } from '../shared/dom';
import { KIND_COLOURS } from '../shared/kind-colours';
import type { CandidateEntity, CandidateRelationship, MergeCandidate, MergeReason } from './merge-operations';

/** Readable names of the scorer's features (docs/entity-resolution.md, "Features"). */
const FEATURES: Record<string, string> = {
  NAME: 'Names alike',
  SHARED_NEIGHBOURS: 'Shared neighbours',
  SAME_RELATIONSHIPS: 'Same relationships',
  CONTEXT: 'Roles and description',
  PROPERTY_CONFLICT: 'Conflicting properties',
};

const fixed = (n: number) => n.toFixed(2);
const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(2)}`;
export const entityHref = (id: string) => `?entity=${encodeURIComponent(id)}`;

export const kindBadge = (kind: string) =>
  h('span', { class: 'kind', style: `background:${KIND_COLOURS[kind] ?? '#888'}` }, kind.toLowerCase());

function relationshipItem({ direction, other, node }: CandidateRelationship): HTMLElement {
  const source = node.sources[0];
  return h(
    'li',
    { class: 'candidate-relationship', 'data-relationship': node.id },
    h('span', { class: 'type' }, `${direction === 'OUTGOING' ? '→' : '←'} ${node.type} `),
    h('a', { href: entityHref(other.id) }, other.name),
    source !== undefined && h('blockquote', { class: 'quote' }, `“${source.quote}”`),
    source !== undefined && h('p', { class: 'meta' }, source.document.title ?? source.document.id),
  );
}

function side(entity: CandidateEntity, keep: boolean): HTMLElement {
  const { edges, totalCount } = entity.relationships;
  return h(
    'section',
    { class: 'side', 'data-entity': entity.id },
    h('h3', {}, h('a', { href: entityHref(entity.id) }, entity.name), ' ', kindBadge(entity.kind)),
    h(
      'p',
      { class: 'meta' },
      h('code', {}, entity.id),
      entity.named ? '' : ' · unnamed in the reporting',
      keep ? h('strong', { class: 'keep' }, ' · kept if merged') : '',
    ),
    entity.aliases.length > 0 && h('p', { class: 'aliases' }, `Also: ${entity.aliases.join(', ')}`),
    entity.description !== null && h('p', { class: 'description' }, entity.description),
    h('ul', { class: 'candidate-relationships' }, ...edges.map(relationshipItem)),
    totalCount > edges.length &&
      h(
        'p',
        { class: 'hint' },
        `${totalCount - edges.length} more relationship${totalCount - edges.length === 1 ? '' : 's'}: `,
        h('a', { href: entityHref(entity.id) }, 'open the entity'),
      ),
  );
}

function reasonsTable(reasons: MergeReason[]): HTMLElement {
  return h(
    'table',
    { class: 'reasons' },
    h('caption', {}, 'Why they may be one (weight × value = what it adds to the score)'),
    h(
      'thead',
      {},
      h('tr', {}, ...['Feature', 'Weight', 'Value', 'Adds', 'What matched'].map((t) => h('th', { scope: 'col' }, t))),
    ),
    h(
      'tbody',
      {},
      ...reasons.map((r) =>
        h(
          'tr',
          { 'data-feature': r.feature },
          h('th', { scope: 'row' }, FEATURES[r.feature] ?? r.feature),
          h('td', {}, fixed(r.weight)),
          h('td', {}, fixed(r.value)),
          h('td', { class: 'contribution' }, signed(r.contribution)),
          h('td', { class: 'detail' }, r.detail),
        ),
      ),
    ),
  );
}

/** One candidate pair: both entities side by side, the score and its reasons; `actions` holds the buttons. */
export function pairCard(candidate: MergeCandidate, rank: number, actions: HTMLElement): HTMLElement {
  const keep = candidate.suggestedKeep.id;
  return h(
    'li',
    { class: 'pair', 'data-pair': candidate.entities.map((e) => e.id).join(' ') },
    h(
      'h3',
      { class: 'pair-title' },
      `${rank}. ${candidate.entities.map((e) => e.name).join(' / ')} `,
      h('span', { class: 'score' }, `score ${fixed(candidate.score)}`),
    ),
    h('div', { class: 'sides' }, ...candidate.entities.map((e) => side(e, e.id === keep))),
    reasonsTable(candidate.reasons),
    actions,
  );
}
