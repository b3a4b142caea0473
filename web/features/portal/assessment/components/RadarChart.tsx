// The radar chart of the six dimensions, drawn in SVG: rings at 25, 50, 75 and 100 (the gap threshold dotted),
// one axis per dimension with its label and score, the company's profile as a polygon. The <title> and <desc>
// give the numbers in words; the table beside the chart gives them again.
import type { DimensionScore } from '../../../../../common/schemas/portal-assessment.ts';

const WIDTH = 560;
const HEIGHT = 430;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 140;
const LABEL_GAP = 18;
const RINGS = [25, 50, 75, 100];
const FONT_SIZE = 13;
const LINE_HEIGHT = 16;

/** The point at `value` (0 to 100) on axis `index` of `count`, the first axis pointing up, clockwise. */
export function radarPoint(index: number, count: number, value: number, radius = RADIUS): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const r = (radius * Math.max(0, Math.min(100, value))) / 100;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
}

const polygon = (points: readonly [number, number][]) =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** Splits a label into lines of about `max` characters, at spaces. */
export function wrapLabel(text: string, max = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function RadarChart({
  dimensions,
  threshold,
  title,
  desc,
  scoreText,
  id = 'assessment-radar',
}: {
  dimensions: readonly DimensionScore[];
  threshold: number;
  title: string;
  desc: string;
  /** How a score reads beside its label ("17/100"). */
  scoreText: (score: number) => string;
  id?: string;
}) {
  const count = dimensions.length;
  if (count < 3) return null;
  const axisEnds = dimensions.map((_, i) => radarPoint(i, count, 100));
  const profile = dimensions.map((d, i) => radarPoint(i, count, d.score));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ width: '100%', maxWidth: `${WIDTH}px`, height: 'auto', display: 'block' }}
      fontSize={FONT_SIZE}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g>
        {RINGS.map((ring) => (
          <polygon
            key={ring}
            points={polygon(dimensions.map((_, i) => radarPoint(i, count, ring)))}
            fill="none"
            style={{ stroke: ring === threshold ? 'var(--text-mention-grey)' : 'var(--border-default-grey)' }}
            strokeWidth={ring === threshold ? 1.5 : 1}
            strokeDasharray={ring === threshold ? '5 4' : undefined}
          />
        ))}
        {axisEnds.map(([x, y], i) => (
          <line
            key={dimensions[i]?.dimension}
            x1={CX}
            y1={CY}
            x2={x}
            y2={y}
            style={{ stroke: 'var(--border-default-grey)' }}
          />
        ))}
        {RINGS.map((ring) => {
          // On the middle of the ring's first edge, clear of the axes and their points.
          const [x, y] = radarPoint(0.5, count, ring * Math.cos(Math.PI / count));
          return (
            <text key={ring} x={x + 2} y={y - 2} fontSize={10} style={{ fill: 'var(--text-mention-grey)' }}>
              {ring}
            </text>
          );
        })}
        <polygon
          points={polygon(profile)}
          strokeWidth={2.5}
          strokeLinejoin="round"
          style={{
            fill: 'var(--background-action-low-blue-france)',
            fillOpacity: 0.7,
            stroke: 'var(--text-action-high-blue-france)',
          }}
        />
        {profile.map(([x, y], i) => {
          const gap = dimensions[i]?.gap;
          // Gaps get a square marker, the others a dot: the difference does not rest on colour.
          return gap ? (
            <rect
              key={dimensions[i]?.dimension}
              x={x - 5}
              y={y - 5}
              width={10}
              height={10}
              style={{ fill: 'var(--background-flat-error)', stroke: 'var(--background-default-grey)' }}
            />
          ) : (
            <circle
              key={dimensions[i]?.dimension}
              cx={x}
              cy={y}
              r={4.5}
              style={{ fill: 'var(--text-action-high-blue-france)', stroke: 'var(--background-default-grey)' }}
            />
          );
        })}
        {dimensions.map((d, i) => {
          const [x, y] = radarPoint(i, count, 100, RADIUS + LABEL_GAP);
          const dx = x - CX;
          const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
          const lines = [...wrapLabel(d.label), scoreText(d.score)];
          // Labels above the centre grow upwards, those below grow downwards, side ones are centred on the axis.
          const dy = y - CY;
          const firstLine =
            Math.abs(dy) < 1
              ? y - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE / 3
              : dy < 0
                ? y - (lines.length - 1) * LINE_HEIGHT - (Math.abs(dx) < 1 ? 4 : 0)
                : y + FONT_SIZE + (Math.abs(dx) < 1 ? 4 : -4);
          return (
            <text
              key={d.dimension}
              x={x}
              y={firstLine}
              textAnchor={anchor}
              style={{ fill: 'var(--text-default-grey)' }}
            >
              {lines.map((line, n) => (
                <tspan
                  key={line}
                  x={x}
                  dy={n === 0 ? 0 : LINE_HEIGHT}
                  fontWeight={n === lines.length - 1 || d.gap ? 700 : 400}
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
