// How chart series tell themselves apart: a DSFR colour token (light and dark values switch with the theme,
// both contrasted enough against the page background) plus a dash pattern and a marker shape, so that colour is
// never the only cue (RGAA 3.1).

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  marker: MarkerShape;
}

const colors = [
  'var(--text-action-high-blue-france)',
  'var(--text-action-high-orange-terre-battue)',
  'var(--text-action-high-green-emeraude)',
  'var(--text-action-high-purple-glycine)',
  'var(--text-action-high-pink-tuile)',
  'var(--text-action-high-brown-caramel)',
] as const;
const dashes = [undefined, '7 4', '2 3', '9 3 2 3'] as const;
const markers: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

export function seriesStyle(index: number): SeriesStyle {
  return {
    color: colors[index % colors.length] ?? colors[0],
    dash: dashes[index % dashes.length],
    marker: markers[index % markers.length] ?? 'circle',
  };
}

/** SVG path of a marker of `size` centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 4): string {
  switch (shape) {
    case 'square':
      return `M${x - size},${y - size}h${size * 2}v${size * 2}h${-size * 2}Z`;
    case 'triangle':
      return `M${x},${y - size * 1.2}L${x + size * 1.1},${y + size * 0.9}L${x - size * 1.1},${y + size * 0.9}Z`;
    case 'diamond':
      return `M${x},${y - size * 1.3}L${x + size * 1.3},${y}L${x},${y + size * 1.3}L${x - size * 1.3},${y}Z`;
    default:
      return `M${x - size},${y}a${size},${size} 0 1,0 ${size * 2},0a${size},${size} 0 1,0 ${-size * 2},0`;
  }
}
