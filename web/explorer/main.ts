import './explorer.css';

import { graphql, GraphQLRequestError } from '../shared/graphql-client';
import { entityPanel, messagePanel, pathPanel, relationshipPanel } from './details';
import { byId, h, replace } from '../shared/dom';
import { KIND_COLOURS } from '../shared/kind-colours';
import { GraphView, type DrawTiming } from './graph-view';
import {
  OPERATIONS,
  type EntityDetails,
  type PathDetails,
  type RelationshipDetails,
  type SearchHit,
  type Subgraph,
} from './operations';
import { updateDownloadMenu } from './download';
import { showMerge } from './merge-page';
import { MergesView, type ViewDeps } from './merges-view';
import { filterOf, readViewState, writeViewState, type ViewState } from './url-state';

/** What tests and embedding pages may read: the cytoscape instance and the timing of every draw. */
interface ExplorerHandle {
  cy: GraphView['cy'];
  draws: DrawTiming[];
}
declare global {
  interface Window {
    newsgraphExplorer?: ExplorerHandle;
  }
}

let state: ViewState = readViewState(window.location.search);
const ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null } = {
  from: null,
  to: null,
};
const draws: DrawTiming[] = [];
const details = byId('details');
const status = byId('status');
let busy = 0;

const view = new GraphView(byId('graph'), {
  onNode: (id) => void onNodeTap(id),
  onEdge: (id) => void showRelationship(id),
  onDraw: (timing) => {
    draws.push(timing);
    document.body.dataset['draws'] = String(draws.length);
  },
});
window.newsgraphExplorer = { cy: view.cy, draws };

/** Runs one request, keeping `data-busy` on <body> (tests wait on it). */
async function tracked<T>(work: () => Promise<T>): Promise<T> {
  busy += 1;
  document.body.dataset['busy'] = String(busy);
  try {
    return await work();
  } finally {
    busy -= 1;
    document.body.dataset['busy'] = String(busy);
  }
}

const failure = (label: string, error: unknown) => {
  const code = error instanceof GraphQLRequestError ? ` (${error.code})` : '';
  return messagePanel(`Could not ${label}${code}`, (error as Error).message, 'error');
};

/** Runs one request, turning errors into a message in the details panel. */
async function run<T>(label: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await tracked(work);
  } catch (error) {
    replace(details, failure(label, error));
    return null;
  }
}

const mergesRoot = byId('merges');
const mergeDeps: ViewDeps = { tracked, failed: (label, error) => replace(mergesRoot, failure(label, error)) };
const mergesView = new MergesView(mergesRoot, mergeDeps);

function navigate(next: Partial<ViewState>): void {
  // Drawing something leaves the merge views.
  if (('entity' in next || 'from' in next) && !('view' in next)) next = { view: null, merge: null, ...next };
  state = { ...state, ...next };
  const search = writeViewState(state);
  if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
  void render();
}

/** The merge views take the place of the graph, its filters and its details. */
function showMergeViews(on: boolean): boolean {
  if (document.body.classList.contains('merges-mode') !== on) {
    document.body.classList.toggle('merges-mode', on);
    mergesRoot.hidden = !on;
    if (!on) view.cy.resize();
  }
  return on;
}

async function render(): Promise<void> {
  if (showMergeViews(state.merge !== null || state.view === 'merges')) {
    document.getElementById('download')!.hidden = true;
    status.textContent = '';
  }
  if (state.merge !== null) return showMerge(mergesRoot, state.merge, mergeDeps);
  if (state.view === 'merges') return mergesView.show(state);
  syncFilterInputs();
  updateDownloadMenu(document.getElementById('download')!, state);
  if (state.from !== null && state.to !== null) return drawPath(state.from, state.to);
  if (state.entity !== null) return drawNeighbourhood(state.entity);
  view.clear();
  status.textContent = '';
  replace(
    details,
    messagePanel(
      'Explore the graph',
      'Search a person, a country, a gang or a law by name or alias, then click nodes to expand them and edges to read who says so.',
    ),
  );
}

async function drawNeighbourhood(asked: string): Promise<void> {
  const requested = performance.now();
  const neighbourhood = (id: string) =>
    run('load the neighbourhood', () =>
      graphql<{ neighbourhood: Subgraph }>(OPERATIONS.NEIGHBOURHOOD, {
        id,
        depth: state.depth,
        filter: filterOf(state),
        fanOut: state.fanOut,
        limit: state.limit,
      }),
    );
  const [found, first] = await Promise.all([
    run('load the entity', () => graphql<{ entity: EntityDetails | null }>(OPERATIONS.ENTITY, { id: asked })),
    neighbourhood(asked),
  ]);
  // An id merged into another stands for the kept entity: draw that one (its panel says which id was asked for).
  const entity = found?.entity ?? null;
  const id = entity?.resolvedFrom != null ? entity.id : asked;
  const data = id === asked ? first : await neighbourhood(id);
  if (data === null) return;
  const graph = data.neighbourhood;
  const layer = new Map(graph.layers.flatMap((ids, i) => ids.map((nodeId) => [nodeId, i] as const)));
  view.clear();
  view.add(graph.nodes, graph.edges, (nodeId) => layer.get(nodeId) ?? 1, requested);
  view.mark([id], 'root');
  if (state.depth >= 1) view.addClass(id, 'expanded');
  status.textContent = `${graph.nodes.length} entities, ${graph.edges.length} relationships${
    graph.truncated ? ` — cut short by ${graph.truncatedBy.join(', ')}` : ''
  }. Click a node to expand it, an edge to read its sources.`;
  if (entity !== null) showEntityPanel(entity);
}

async function expand(id: string): Promise<void> {
  const requested = performance.now();
  const data = await run('expand the node', () =>
    graphql<{ neighbourhood: Subgraph }>(OPERATIONS.NEIGHBOURHOOD, {
      id,
      depth: 1,
      filter: filterOf(state),
      fanOut: state.fanOut,
      limit: state.limit,
    }),
  );
  if (data === null) return;
  const before = view.cy.nodes().length;
  const base = view.layerOf(id);
  view.add(data.neighbourhood.nodes, data.neighbourhood.edges, () => base + 1, requested, id);
  view.addClass(id, 'expanded');
  status.textContent = `Expanded: ${view.cy.nodes().length - before} new entities; ${view.cy.nodes().length} entities, ${view.cy.edges().length} relationships drawn.`;
}

async function onNodeTap(id: string): Promise<void> {
  const expanding = view.hasClass(id, 'expanded') ? Promise.resolve() : expand(id);
  await Promise.all([expanding, showEntity(id)]);
}

async function showEntity(id: string): Promise<void> {
  const data = await run('load the entity', () => graphql<{ entity: EntityDetails }>(OPERATIONS.ENTITY, { id }));
  if (data !== null) showEntityPanel(data.entity);
}

function showEntityPanel(entity: EntityDetails): void {
  replace(
    details,
    entityPanel(entity, {
      recentre: (id) => navigate({ entity: id, from: null, to: null }),
      pathFrom: (id) => setEnd('from', id, entity.name),
      pathTo: (id) => setEnd('to', id, entity.name),
    }),
  );
}

async function showRelationship(id: string): Promise<void> {
  const data = await run('load the relationship', () =>
    graphql<{ relationship: RelationshipDetails }>(OPERATIONS.RELATIONSHIP, { id }),
  );
  if (data !== null) replace(details, relationshipPanel(data.relationship));
}

async function drawPath(from: string, to: string): Promise<void> {
  const requested = performance.now();
  const filter = filterOf(state);
  const data = await run('find a path', () =>
    graphql<{ path: { path: PathDetails | null; reason: string | null } }>(OPERATIONS.PATH, {
      from,
      to,
      options: filter === null ? null : { filter },
    }),
  );
  if (data === null) return;
  view.clear();
  const path = data.path.path;
  if (path === null) {
    status.textContent = '';
    replace(details, messagePanel('No path', data.path.reason ?? 'No path within the hops allowed.'));
    return;
  }
  const order = new Map(path.nodes.map((node, i) => [node.id, i] as const));
  view.add(
    path.nodes,
    path.hops.map((hop) => hop.relationship),
    (id) => order.get(id) ?? 0,
    requested,
  );
  view.line(path.nodes.map((n) => n.id));
  view.mark([from, to], 'path-end');
  view.mark(
    path.hops.map((hop) => hop.relationship.id),
    'path',
  );
  ends.from = { id: from, name: path.nodes[0]?.name ?? from };
  ends.to = { id: to, name: path.nodes[path.nodes.length - 1]?.name ?? to };
  syncEnds();
  status.textContent = `Path of ${path.length} hop${path.length === 1 ? '' : 's'}. Click a node to expand it, an edge to read its sources.`;
  replace(details, pathPanel(path, new Map(path.nodes.map((n) => [n.id, n.name]))));
}

function setEnd(which: 'from' | 'to', id: string, name: string): void {
  ends[which] = { id, name };
  syncEnds();
}

function syncEnds(): void {
  byId('from-end').textContent = ends.from?.name ?? '—';
  byId('to-end').textContent = ends.to?.name ?? '—';
  byId<HTMLButtonElement>('draw-path').disabled = ends.from === null || ends.to === null;
}

// Search: as you type, debounced; a result draws its neighbourhood or becomes an end of a path.
const searchInput = byId<HTMLInputElement>('search');
const results = byId<HTMLUListElement>('results');
let searchTimer: number | undefined;
let searchSeq = 0;
searchInput.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => void search(searchInput.value.trim()), 200);
});
searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') results.hidden = true;
});
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Node) || !byId('bar').contains(event.target)) results.hidden = true;
});

async function search(text: string): Promise<void> {
  const seq = ++searchSeq;
  if (text.length < 2) {
    results.hidden = true;
    return;
  }
  const data = await run('search', () => graphql<{ search: SearchHit[] }>(OPERATIONS.SEARCH, { text, first: 8 }));
  if (data === null || seq !== searchSeq) return;
  replace(
    results,
    ...(data.search.length === 0
      ? [h('li', {}, h('span', { class: 'hint' }, `Nothing found for “${text}”.`))]
      : data.search.map(({ entity }) =>
          h(
            'li',
            { 'data-entity': entity.id, role: 'option' },
            h('span', { class: 'dot', style: `color:${KIND_COLOURS[entity.kind] ?? '#888'}` }, '●'),
            h(
              'span',
              {
                class: 'name',
                onclick: () => {
                  results.hidden = true;
                  navigate({ entity: entity.id, from: null, to: null });
                },
              },
              entity.name,
            ),
            h(
              'button',
              { type: 'button', class: 'as-from', onclick: () => setEnd('from', entity.id, entity.name) },
              'from',
            ),
            h('button', { type: 'button', class: 'as-to', onclick: () => setEnd('to', entity.id, entity.name) }, 'to'),
          ),
        )),
  );
  results.hidden = false;
}

byId('merges-link').addEventListener('click', (event) => {
  event.preventDefault();
  navigate({ view: 'merges', merge: null });
});

byId('draw-path').addEventListener('click', () => {
  results.hidden = true;
  if (ends.from !== null && ends.to !== null) navigate({ from: ends.from.id, to: ends.to.id, entity: null });
});

// Filters: applied to the current view and kept in the URL.
const typesBox = byId('types');
const depthSelect = byId<HTMLSelectElement>('depth');
const asOfInput = byId<HTMLInputElement>('asOf');
const windowFromInput = byId<HTMLInputElement>('windowFrom');
const windowToInput = byId<HTMLInputElement>('windowTo');

function syncFilterInputs(): void {
  depthSelect.value = String(Math.min(4, state.depth));
  asOfInput.value = state.asOf ?? '';
  windowFromInput.value = state.windowFrom ?? '';
  windowToInput.value = state.windowTo ?? '';
  for (const box of typesBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    box.checked = state.types.includes(box.value);
}

byId('apply').addEventListener('click', () => {
  const checked = [...typesBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map(
    (box) => box.value,
  );
  const value = (input: HTMLInputElement) => (input.value.trim() === '' ? null : input.value.trim());
  navigate({
    depth: Number(depthSelect.value),
    types: checked,
    asOf: value(asOfInput),
    windowFrom: value(windowFromInput),
    windowTo: value(windowToInput),
  });
});
byId('clear').addEventListener('click', () => navigate({ types: [], asOf: null, windowFrom: null, windowTo: null }));

async function loadTypes(): Promise<void> {
  const data = await run('load the relationship types', () =>
    graphql<{ stats: { relationshipsByType: Array<{ type: string; count: number }> } }>(OPERATIONS.RELATIONSHIP_TYPES),
  );
  if (data === null) return;
  replace(
    typesBox,
    ...data.stats.relationshipsByType.map(({ type, count }) =>
      h(
        'label',
        {},
        h('input', { type: 'checkbox', value: type }),
        ` ${type.toLowerCase().replace(/_/g, ' ')} (${count})`,
      ),
    ),
  );
  syncFilterInputs();
}

replace(
  byId('legend'),
  h('strong', {}, 'Kinds'),
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) =>
    h('div', {}, h('span', { style: `background:${colour}` }), kind.toLowerCase()),
  ),
);

window.addEventListener('popstate', () => {
  state = readViewState(window.location.search);
  void render();
});

if (state.embed) document.body.classList.add('embed');
else void loadTypes();
void render();
