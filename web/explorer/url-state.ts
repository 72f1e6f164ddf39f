import type { RelationshipFilter } from './operations';

/**
 * Everything the explorer shows comes from its URL, so a link or an iframe
 * reproduces a view exactly:
 *   ?entity=nayib-bukele&depth=2&types=DEPORTED_TO,HOUSED_IN&asOf=2025-04-01
 *   ?from=donald-trump&to=ms-13&types=…&windowFrom=2025-03&windowTo=2025
 *   &embed=1 hides the search and filter panels (for iframes).
 *   ?view=merges&documents=a,b&kinds=PERSON,PRISON   the merge candidates view
 *   ?merge=<merge id>   one merge: what it changed, and a split
 */
export interface ViewState {
  view: 'merges' | null;
  merge: string | null;
  /** The merge candidates view keeps to entities these documents report (none: the whole graph). */
  documents: string[];
  kinds: string[];
  entity: string | null;
  from: string | null;
  to: string | null;
  depth: number;
  types: string[];
  asOf: string | null;
  windowFrom: string | null;
  windowTo: string | null;
  fanOut: number | null;
  limit: number | null;
  embed: boolean;
}

const positiveInt = (value: string | null): number | null => {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
};

const text = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value.trim());

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  return {
    view: params.get('view') === 'merges' ? 'merges' : null,
    merge: text(params.get('merge')),
    documents: list('documents'),
    kinds: list('kinds')
      .map((t) => t.toUpperCase())
      .filter((t) => /^[A-Z_]+$/.test(t)),
    entity: text(params.get('entity')),
    from: text(params.get('from')),
    to: text(params.get('to')),
    depth: positiveInt(params.get('depth')) ?? 1,
    types: (params.get('types') ?? '')
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter((t) => /^[A-Z_]+$/.test(t)),
    asOf: text(params.get('asOf')),
    windowFrom: text(params.get('windowFrom')),
    windowTo: text(params.get('windowTo')),
    fanOut: positiveInt(params.get('fanOut')),
    limit: positiveInt(params.get('limit')),
    embed: params.get('embed') === '1' || params.get('embed') === 'true',
  };
}

export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.merge !== null) params.set('merge', state.merge);
  else if (state.view === 'merges') {
    params.set('view', 'merges');
    if (state.documents.length > 0) params.set('documents', state.documents.join(','));
    if (state.kinds.length > 0) params.set('kinds', state.kinds.join(','));
  } else if (state.from !== null && state.to !== null) {
    params.set('from', state.from);
    params.set('to', state.to);
  } else if (state.entity !== null) {
    params.set('entity', state.entity);
    if (state.depth !== 1) params.set('depth', String(state.depth));
  }
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.asOf !== null) params.set('asOf', state.asOf);
  if (state.windowFrom !== null) params.set('windowFrom', state.windowFrom);
  if (state.windowTo !== null) params.set('windowTo', state.windowTo);
  if (state.fanOut !== null) params.set('fanOut', String(state.fanOut));
  if (state.limit !== null) params.set('limit', String(state.limit));
  if (state.embed) params.set('embed', '1');
  const query = params.toString();
  return query.length > 0 ? `?${query.replace(/%2C/g, ',')}` : '';
}

export function filterOf(state: ViewState): RelationshipFilter | null {
  const filter: RelationshipFilter = {};
  if (state.types.length > 0) filter.types = state.types;
  if (state.asOf !== null) filter.asOf = state.asOf;
  if (state.windowFrom !== null || state.windowTo !== null) {
    filter.window = {};
    if (state.windowFrom !== null) filter.window.from = state.windowFrom;
    if (state.windowTo !== null) filter.window.to = state.windowTo;
  }
  return Object.keys(filter).length > 0 ? filter : null;
}
