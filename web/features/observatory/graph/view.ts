// Turns the API's network into what the view draws: positions (grouped spiral layout), sizes (by index or
// PageRank), colours (by country or actor type) and each account's links within the view. Pure.
import type { InteractionGraph } from '../../../../common/schemas/observatory.ts';
import type { CanvasEdge, CanvasNode } from './components/SigmaCanvas.tsx';
import { groupedSpiralLayout } from './layout.ts';
import { groupPalette, type Palette } from './palette.ts';

export type GraphNode = InteractionGraph['nodes'][number];

export interface GraphView {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  palette: Palette;
  groupOf: (node: GraphNode) => string;
  byId: Map<number, GraphNode>;
  /** Distinct accounts each account links to, and is linked from, in the view. */
  outgoing: Map<number, number>;
  incoming: Map<number, number>;
}

/** Dot radii in screen pixels: smaller when there are many accounts, so that the discs do not cover each other. */
function sizeRange(count: number): [min: number, max: number] {
  const max = Math.min(14, Math.max(4, 14 * Math.sqrt(300 / Math.max(1, count))));
  return [Math.max(1, max / 5), max];
}

export function buildGraphView(
  graph: InteractionGraph,
  sizeBy: 'index' | 'pagerank',
  colourBy: 'country' | 'type',
): GraphView {
  const groupOf = (node: GraphNode) => (colourBy === 'country' ? node.country : node.type) ?? '';
  const palette = groupPalette(graph.nodes.map(groupOf));
  const positions = groupedSpiralLayout(
    graph.nodes.map((node) => ({ id: node.id, group: groupOf(node), weight: node.pagerank })),
  );
  const measure = (node: GraphNode) => Math.max(0, (sizeBy === 'index' ? node.index : node.pagerank) ?? 0);
  const largest = graph.nodes.reduce((max, node) => Math.max(max, measure(node)), 0);
  const [minSize, maxSize] = sizeRange(graph.nodes.length);
  // Area, not radius, follows the value: a square root keeps the big accounts from hiding the rest.
  const sizeOf = (node: GraphNode) =>
    largest > 0 ? minSize + (maxSize - minSize) * Math.sqrt(measure(node) / largest) : minSize;
  const nodes = graph.nodes.map((node) => {
    const position = positions.get(node.id) ?? { x: 0, y: 0 };
    return {
      id: node.id,
      label: node.label,
      x: position.x,
      y: position.y,
      size: sizeOf(node),
      color: palette.colourOf(groupOf(node)),
    };
  });
  const outgoing = new Map<number, number>();
  const incoming = new Map<number, number>();
  const edges: CanvasEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    outgoing.set(edge.source, (outgoing.get(edge.source) ?? 0) + 1);
    incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + 1);
    edges.push({ source: edge.source, target: edge.target, size: Math.min(6, 0.5 + Math.log1p(edge.weight)) });
  }
  return {
    nodes,
    edges,
    palette,
    groupOf,
    byId: new Map(graph.nodes.map((node) => [node.id, node])),
    outgoing,
    incoming,
  };
}
