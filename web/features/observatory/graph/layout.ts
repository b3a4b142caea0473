// A deterministic layout for the network without a force simulation: accounts grouped by colour (country or
// actor type), each group a sunflower disc with its most central accounts in the middle, the discs packed on a
// spiral with the biggest groups at the centre. Same data, same picture: readers can compare two visits.

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

export interface LayoutNode {
  id: number;
  group: string;
  /** Nodes of larger weight sit nearer their group's centre. */
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

export function groupedSpiralLayout(nodes: readonly LayoutNode[], spacing = 1): Map<number, Point> {
  const groups = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    const members = groups.get(node.group);
    if (members) members.push(node);
    else groups.set(node.group, [node]);
  }
  const byWeight = (a: LayoutNode, b: LayoutNode) => b.weight - a.weight || a.id - b.id;
  const ordered = [...groups.entries()]
    .map(([key, members]) => ({
      key,
      members: members.sort(byWeight),
      total: members.reduce((sum, node) => sum + node.weight, 0),
    }))
    .sort((a, b) => b.members.length - a.members.length || b.total - a.total || a.key.localeCompare(b.key));

  const positions = new Map<number, Point>();
  // Discs are placed along a spiral whose radius grows with the area already used, so they barely overlap.
  let usedArea = 0;
  ordered.forEach((group, k) => {
    const radius = spacing * Math.sqrt(group.members.length);
    const margin = radius + spacing * 2;
    const distance = k === 0 ? 0 : Math.sqrt(usedArea) + margin;
    usedArea += (2 * margin) ** 2;
    const cx = distance * Math.cos(k * goldenAngle);
    const cy = distance * Math.sin(k * goldenAngle);
    group.members.forEach((node, i) => {
      const r = spacing * Math.sqrt(i + 0.5);
      positions.set(node.id, { x: cx + r * Math.cos(i * goldenAngle), y: cy + r * Math.sin(i * goldenAngle) });
    });
  });
  return positions;
}
