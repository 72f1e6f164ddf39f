import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';

import { KIND_COLOURS } from '../shared/kind-colours';
import type { GraphEdge, GraphNode } from './operations';

/** Past this many elements the view trades looks for speed: straight edges, no force layout, plain textures while panning. */
const BIG = 600;

export interface DrawTiming {
  /** performance.now() when the data was asked for. */
  requested: number;
  /** performance.now() when the answer had arrived and been parsed. */
  received: number;
  /** performance.now() when the elements were added and laid out. */
  laidOut: number;
  /** performance.now() at cytoscape's first `render` after the elements were added. */
  firstRender: number;
  nodes: number;
  edges: number;
}

export interface GraphViewEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onDraw?(timing: DrawTiming): void;
}

function edgeLabel(edge: GraphEdge): string {
  const when = edge.date?.text ?? edge.since?.text;
  return when === undefined ? edge.type : `${edge.type} · ${when}`;
}

/** The drawing: cytoscape with kind colours, labelled directed edges and a layout chosen by size. */
export class GraphView {
  readonly cy: Core;
  private curve = 'bezier';

  constructor(
    container: HTMLElement,
    private readonly events: GraphViewEvents,
  ) {
    this.cy = cytoscape({
      container,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      pixelRatio: 1,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(name)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            'min-zoomed-font-size': 7,
            width: 'data(size)',
            height: 'data(size)',
            'border-width': 1,
            'border-color': '#fff',
          },
        },
        { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#222' } },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#555', 'border-style': 'double' } },
        { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#d62728' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': '#9aa4ae',
            'target-arrow-color': '#9aa4ae',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            color: '#444',
            'text-rotation': 'autorotate',
            'text-background-color': '#fff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 8,
          },
        },
        // Anything short of reported as fact (claimed, alleged, disputed…) is dashed.
        { selector: 'edge[status != "REPORTED"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge.path', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 4 } },
        { selector: ':selected', style: { 'overlay-color': '#1f77b4', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
      ],
    });
    this.cy.on('tap', 'node', (event) => this.events.onNode((event.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (event) => this.events.onEdge((event.target as EdgeSingular).id()));
  }

  get size(): number {
    return this.cy.elements().length;
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Adds nodes and edges (those already drawn are kept) and reports the time
   * from `requested` to the first frame drawn. A fresh drawing is laid out in
   * rings by `layerOf` (the start in the middle, then each hop outwards: a
   * linear-time layout that reads as distance); nodes added to a drawing
   * (an expansion) are placed on a circle around `around`, leaving the rest
   * where the reader last saw it.
   */
  add(
    nodes: GraphNode[],
    edges: GraphEdge[],
    layerOf: (id: string) => number,
    requested: number,
    around?: string,
  ): void {
    const received = performance.now();
    const fresh = this.cy.nodes().length === 0;
    const added: string[] = [];
    const elements: ElementDefinition[] = [];
    for (const node of nodes) {
      if (this.cy.getElementById(node.id).nonempty()) continue;
      added.push(node.id);
      // Plain data values rather than style functions: cheaper to draw thousands of.
      const size = 14 + Math.min(26, Math.sqrt(node.degree) * 4);
      elements.push({
        group: 'nodes',
        data: { ...node, layer: layerOf(node.id), colour: KIND_COLOURS[node.kind] ?? '#888', size },
      });
    }
    for (const edge of edges) {
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      elements.push({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.fromId,
          target: edge.toId,
          type: edge.type,
          status: edge.status,
          confidence: edge.confidence,
          width: 1 + 2 * edge.confidence,
          label: edgeLabel(edge),
        },
      });
    }
    const centre = around === undefined ? null : this.cy.getElementById(around).position();
    this.cy.batch(() => {
      this.cy.add(elements);
      if (!fresh && centre !== null) this.ring(added, { ...centre });
    });
    const curve = this.size > BIG ? 'straight' : 'bezier';
    if (curve !== this.curve) {
      this.curve = curve;
      this.cy.style().selector('edge').style('curve-style', curve).update();
    }
    if (fresh) this.layout();
    else this.cy.fit(undefined, 30);
    this.capZoom();
    const laidOut = performance.now();
    this.cy.one('render', () => {
      this.events.onDraw?.({
        requested,
        received,
        laidOut,
        firstRender: performance.now(),
        nodes: this.cy.nodes().length,
        edges: this.cy.edges().length,
      });
    });
  }

  /** Rings by layer; spacing shrinks as the graph grows so a big one still fits. */
  layout(): void {
    const big = this.size > BIG;
    const options: LayoutOptions = {
      name: 'concentric',
      animate: false,
      concentric: (n) => 100 - ((n.data('layer') as number) ?? 0),
      levelWidth: () => 1,
      // Ring radii grow with the nodes on them (linear in the node count).
      minNodeSpacing: big ? 8 : 40,
      spacingFactor: big ? 1 : 1.8, // room for the labels of a small graph
      avoidOverlap: true,
    };
    this.cy.layout(options).run();
    this.cy.fit(undefined, 30);
  }

  /** New nodes on a circle around `centre`, pushed away from the middle of the drawing. */
  private ring(ids: string[], centre: { x: number; y: number }): void {
    if (ids.length === 0) return;
    const fresh = new Set(ids);
    const box = this.cy
      .nodes()
      .filter((n) => !fresh.has(n.id()))
      .boundingBox({});
    const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const away = Math.atan2(centre.y - middle.y, centre.x - middle.x);
    const radius = Math.max(120, ids.length * 9);
    const origin = { x: centre.x + Math.cos(away) * radius, y: centre.y + Math.sin(away) * radius };
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length;
      this.cy
        .getElementById(id)
        .position({ x: origin.x + Math.cos(angle) * radius * 0.8, y: origin.y + Math.sin(angle) * radius * 0.8 });
    });
  }

  /** A handful of nodes fitted to the screen would be drawn huge. */
  private capZoom(): void {
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
  }

  /** Places the given nodes in walking order on a zigzag line (a path reads left to right). */
  line(ids: string[]): void {
    this.cy.batch(() => {
      ids.forEach((id, i) => this.cy.getElementById(id).position({ x: i * 200, y: i % 2 === 0 ? 0 : 60 }));
    });
    this.cy.fit(undefined, 40);
    this.capZoom();
  }

  mark(ids: string[], className: string): void {
    this.cy.elements(`.${className}`).removeClass(className);
    for (const id of ids) this.cy.getElementById(id).addClass(className);
  }

  addClass(id: string, className: string): void {
    this.cy.getElementById(id).addClass(className);
  }

  hasClass(id: string, className: string): boolean {
    return this.cy.getElementById(id).hasClass(className);
  }

  layerOf(id: string): number {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? ((node.data('layer') as number) ?? 0) : 0;
  }
}
