// The comparison's charts, as inline SVG: criterion scores of several assessments overlaid on one
// radar (one shape per perspective or date), and a slope chart of each criterion's score then and
// now. Each carries a <title> and a <desc> with every figure, and the page puts a table of the
// same figures beside it, so nothing depends on seeing the drawing.
import { round1 } from '../../core/shared/numbers.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { wrapLines } from '../text/wrap.js';

/** How many series get a colour of their own; more reuse them (the legend still names each). */
const SERIES_COLOURS = 4;

export interface Series {
  name: string;
  scores: (number | null)[];
}

const point = (cx: number, cy: number, r: number, angle: number): [number, number] => [
  round1(cx + r * Math.cos(angle)),
  round1(cy + r * Math.sin(angle)),
];
const points = (list: [number, number][]) => list.map(([x, y]) => `${x},${y}`).join(' ');

function describe(axes: readonly string[], series: readonly Series[]): string {
  return series
    .map((s) => `${s.name}: ${axes.map((a, i) => `${a} ${s.scores[i] ?? 'not described'}`).join(', ')}`)
    .join('. ');
}

/** One shape per series over the same criteria; a criterion a series did not describe is left out of its shape, never drawn at 0. */
export function radarOverlay(id: string, title: string, axes: readonly string[], series: readonly Series[]): string {
  if (axes.length < 3 || series.length === 0) return '';
  const [width, height, radius] = [700, 480, 165];
  const [cx, cy] = [width / 2, height / 2];
  const angleOf = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const rings = [0.25, 0.5, 0.75, 1].map(
    (f) =>
      `<polygon class="radar-ring" points="${points(axes.map((_, i) => point(cx, cy, radius * f, angleOf(i))))}"/>`,
  );
  const spokes = axes.map((_, i) => {
    const [x, y] = point(cx, cy, radius, angleOf(i));
    return `<line class="radar-spoke" x1="${cx}" y1="${cy}" x2="${x}" y2="${y}"/>`;
  });
  const shapes = series.map((s, n) => {
    const shape = s.scores.flatMap((score, i) =>
      score === null ? [] : [point(cx, cy, (radius * score) / 100, angleOf(i))],
    );
    return `<polygon class="overlay-shape series-${n % SERIES_COLOURS}" points="${points(shape)}"/>`;
  });
  const labels = axes.map((label, i) => {
    const angle = angleOf(i);
    const [x, y] = point(cx, cy, radius + 14, angle);
    const anchor = Math.cos(angle) > 0.35 ? 'start' : Math.cos(angle) < -0.35 ? 'end' : 'middle';
    const lines = wrapLines(label, 20, 2);
    const top = y - (lines.length * 16) / 2 + (Math.sin(angle) * lines.length * 16) / 2 + 12;
    return `<text class="radar-label" text-anchor="${anchor}">${lines.map((line, k) => `<tspan x="${x}" y="${round1(top + k * 16)}">${esc(line)}</tspan>`).join('')}</text>`;
  });
  return [
    `<svg class="radar radar-overlay" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">Scores out of 100. ${esc(describe(axes, series))}.</desc>`,
    ...rings,
    ...spokes,
    ...shapes,
    ...labels,
    '</svg>',
  ].join('');
}

/** The names of the series beside their colours: the key to a chart with several shapes or lines. */
export function legend(names: readonly string[]): string {
  const items = names.map(
    (name, n) =>
      `<li><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect class="series-${n % SERIES_COLOURS}" width="16" height="16"/></svg>${esc(name)}</li>`,
  );
  return `<ul class="legend" aria-label="Key">${items.join('')}</ul>`;
}

export interface Slope {
  label: string;
  from: number | null;
  to: number | null;
}

/**
 * Each criterion's score then (left) and now (right), joined by a line: up is green, down is red.
 * Only the lines that moved are named beside the chart (the unchanged ones, grey and dashed, would
 * bury them); the table beside the chart names every one.
 */
export function slopeChart(id: string, title: string, ends: [string, string], slopes: readonly Slope[]): string {
  const drawn = slopes.filter((s) => s.from !== null && s.to !== null);
  if (drawn.length === 0) return '';
  const [width, height, left, right, top, bottom] = [700, 400, 200, 420, 40, 370];
  const y = (score: number) => round1(bottom - ((bottom - top) * score) / 100);
  const moved = drawn.filter((s) => s.from !== s.to);
  const still = drawn.filter((s) => s.from === s.to);
  const line = (s: Slope) => {
    const trend = s.to! > s.from! ? 'slope-up' : s.to! < s.from! ? 'slope-down' : 'slope-same';
    return `<line class="slope ${trend}" x1="${left}" y1="${y(s.from!)}" x2="${right}" y2="${y(s.to!)}"/><circle class="slope-dot" cx="${left}" cy="${y(s.from!)}" r="3"/><circle class="slope-dot" cx="${right}" cy="${y(s.to!)}" r="3"/>`;
  };
  // Labels nudged apart so that close scores do not print over each other.
  const placed = (list: Slope[], x: number, end: 'from' | 'to', anchor: string) => {
    let last = -Infinity;
    return [...list]
      .sort((a, b) => b[end]! - a[end]!)
      .map((s) => {
        const at = Math.max(y(s[end]!) + 4, last + 15);
        last = at;
        const text = end === 'to' ? `${s.to} ${wrapLines(s.label, 32, 1)[0]}` : String(s.from);
        return `<text class="slope-label" x="${x}" y="${round1(at)}" text-anchor="${anchor}">${esc(text)}</text>`;
      });
  };
  const axis = [0, 50, 100].map(
    (v) => `<text class="slope-axis" x="${left - 44}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
  );
  const stillNote = still.length
    ? `<text class="slope-axis" x="${left}" y="${height - 6}">${still.length} unchanged (grey, dashed)</text>`
    : '';
  const description = drawn.map((s) => `${s.label} ${s.from} to ${s.to}`).join('; ');
  return [
    `<svg class="slope-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">Criterion scores out of 100, ${esc(ends[0])} then ${esc(ends[1])}: ${esc(description)}.</desc>`,
    `<line class="slope-rule" x1="${left}" y1="${top}" x2="${left}" y2="${bottom}"/><line class="slope-rule" x1="${right}" y1="${top}" x2="${right}" y2="${bottom}"/>`,
    `<text class="slope-end" x="${left}" y="${top - 14}" text-anchor="middle">${esc(ends[0])}</text><text class="slope-end" x="${right}" y="${top - 14}" text-anchor="middle">${esc(ends[1])}</text>`,
    ...axis,
    ...still.map(line),
    ...moved.map(line),
    ...placed(moved, left - 10, 'from', 'end'),
    ...placed(moved, right + 10, 'to', 'start'),
    stillNote,
    '</svg>',
  ].join('');
}

export const COMPARE_STYLE = `
.series-0 { fill: #1c6b3f; stroke: #1c6b3f; } .series-1 { fill: #a34d00; stroke: #a34d00; }
.series-2 { fill: #2d5f93; stroke: #2d5f93; } .series-3 { fill: #7a2f7f; stroke: #7a2f7f; }
.overlay-shape.series-1, .overlay-shape.series-3 { stroke-dasharray: 7 4; }
.overlay-shape { fill-opacity: .12; stroke-width: 2.5; stroke-linejoin: round; vector-effect: non-scaling-stroke; }
.radar-overlay { width: 100%; height: auto; max-width: 48rem; display: block; margin: 0 auto; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; margin: .25rem 0 .75rem; justify-content: center; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.swatch { width: 1rem; height: 1rem; }
.slope-chart { width: 100%; max-width: 44rem; height: auto; display: block; margin: 0 auto; }
.slope { stroke-width: 2.5; } .slope-up { stroke: #1c6b3f; } .slope-down { stroke: #a3262a; } .slope-same { stroke: #9aa3af; stroke-width: 1.5; stroke-dasharray: 5 3; }
.slope-rule { stroke: #8a94a3; stroke-width: 1; } .slope-dot { fill: var(--ink); }
.slope-label, .slope-axis { font-size: 13px; fill: var(--ink); } .slope-axis { fill: var(--muted); }
.slope-end { font-size: 14px; font-weight: 700; fill: var(--ink); }
.assessment-strips { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
.assessment-strips > li { background: #f7f9fb; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; }
.assessment-strips h4 { font-size: 1rem; }
.combined { border-left: 6px solid var(--c1); background: #f3f6fa; padding: .75rem 1rem; margin: .75rem 0 1rem; border-radius: 4px; }
.combined.rank-0 { border-left-color: var(--c0); } .combined.rank-2 { border-left-color: var(--c2); }
.power-mark { font-weight: 700; color: #7a2f7f; }
.answer-yes { color: #1c6b3f; font-weight: 700; } .answer-no { color: #a3262a; font-weight: 700; } .answer-partly { color: #8a4600; font-weight: 700; }
.comparison { background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: 1.5rem; margin: 0 0 2rem; }
.comparison > section { margin-top: 1.75rem; }
.comparison h4 { margin-top: 1.25rem; }
.swatch rect.series-1, .swatch rect.series-3 { fill-opacity: .6; }
.change-up { color: #1c6b3f; font-weight: 700; } .change-down { color: #a3262a; font-weight: 700; }
`;
