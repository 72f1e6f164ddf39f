import type { ViewState } from './url-state';

/**
 * The Download menu: the view on screen as a file, through the server's
 * /export routes (plain GET links, so they work with the allow-list
 * enforced). The parameters are the view's own, so the file holds what is
 * drawn — with every property and source, which the drawing fetches only on
 * a click.
 */
export const DOWNLOAD_FORMATS: ReadonlyArray<{ format: string; label: string }> = [
  { format: 'graphml', label: 'GraphML (Cytoscape, yEd)' },
  { format: 'gexf', label: 'GEXF (Gephi)' },
  { format: 'csv', label: 'CSV, nodes + edges (zip)' },
  { format: 'jgf', label: 'JSON Graph' },
];

export function exportHref(state: ViewState, format: string): string | null {
  const params = new URLSearchParams();
  let route: string;
  if (state.from !== null && state.to !== null) {
    route = 'path';
    params.set('from', state.from);
    params.set('to', state.to);
  } else if (state.entity !== null) {
    route = 'neighbourhood';
    params.set('entity', state.entity);
    params.set('depth', String(state.depth));
    if (state.fanOut !== null) params.set('fanOut', String(state.fanOut));
    if (state.limit !== null) params.set('limit', String(state.limit));
  } else return null;
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.asOf !== null) params.set('asOf', state.asOf);
  if (state.windowFrom !== null) params.set('windowFrom', state.windowFrom);
  if (state.windowTo !== null) params.set('windowTo', state.windowTo);
  params.set('format', format);
  return `/export/${route}?${params.toString().replace(/%2C/g, ',')}`;
}

/** Points the menu's links at the current view; hides the menu when nothing is drawn. */
export function updateDownloadMenu(menu: HTMLElement, state: ViewState): void {
  const links = DOWNLOAD_FORMATS.map(({ format, label }) => {
    const href = exportHref(state, format);
    if (href === null) return null;
    const a = document.createElement('a');
    a.href = href;
    a.download = '';
    a.textContent = label;
    a.dataset['format'] = format;
    return a;
  });
  menu.hidden = links.includes(null);
  menu.querySelector('.download-links')?.replaceChildren(...links.filter((a) => a !== null));
}
