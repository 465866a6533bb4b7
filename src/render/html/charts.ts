// The charts of the HTML report, drawn as inline SVG (nothing loaded from anywhere): a radar of
// criterion scores, score bars, and the stage profile. Each chart carries its own text: the radar
// a <title> and <desc> with every score, the bars and the profile sit beside the numbers and
// words they draw, and are hidden from screen readers so nothing is read twice.
import { round1 } from '../../core/shared/numbers.js';
import type { StageResult } from '../../core/model/result.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import type { Named } from '../sink.js';
import { wrapLines } from '../text/wrap.js';

export interface RadarAxis {
  label: string;
  score: number | null;
  /** Why an axis has no score, in words: "not described" or "n/a". */
  missing?: string;
}

export interface RadarOptions {
  /** Unique in the page: the chart's <title> and <desc> ids derive from it. */
  id: string;
  title: string;
  /** With each axis named and scored (wide screens, print), or a bare shape (thumbnails, phones). */
  labelled: boolean;
  /** The CSS class that sizes it. */
  className: string;
  /**
   * Gives the drawing (rings, spokes and shape) this id, so that a second view of the same chart
   * in the page (radarView) reuses it rather than drawing it again.
   */
  plotId?: string;
}

/** The full radar's size: width, height and the radius of its rings. */
const FULL = { width: 720, height: 520, radius: 170 };

function point(cx: number, cy: number, radius: number, angle: number): [number, number] {
  return [round1(cx + radius * Math.cos(angle)), round1(cy + radius * Math.sin(angle))];
}

function polygon(points: [number, number][]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

/**
 * Path data for closed outlines (`rings`) or separate strokes (`lines`), each a list of points: one
 * <path> draws them all, in far fewer bytes than a <polygon> or <line> each. Whole numbers: the
 * grid's lines are 1 px wide in a 720-wide drawing, where a tenth of a pixel does not show.
 */
function pathData(shapes: readonly [number, number][][], closed: boolean): string {
  return shapes
    .map((points) => `M${points.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join(' ')}${closed ? 'Z' : ''}`)
    .join('');
}

/**
 * The rings' path data: the same for every radar of a size and number of axes, so worked out once
 * for each (a hub draws thousands of radars alike).
 */
const ringsMade = new Map<string, string>();
function ringsPath(count: number, cx: number, cy: number, radius: number): string {
  const key = `${count} ${cx} ${cy} ${radius}`;
  let made = ringsMade.get(key);
  if (made === undefined) {
    const angleOf = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
    const rings = [0.25, 0.5, 0.75, 1].map((f) =>
      Array.from({ length: count }, (_, i) => point(cx, cy, radius * f, angleOf(i))),
    );
    made = pathData(rings, true);
    ringsMade.set(key, made);
  }
  return made;
}

/** The area a label takes, as far as can be told without a browser to measure it. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// Generous for the 14px sans-serif labels (most letters are narrower), so that an estimate errs
// towards room to spare rather than a clipped word ("…ear decisions").
const CHAR_WIDTH = 8.6;
const LINE_HEIGHT = 16;

/** An axis's name, with its score after it when `scored` (a hub's shared grid names the axes only). */
function axisLabel(axis: RadarAxis, x: number, y: number, angle: number, scored: boolean): { svg: string; box: Box } {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Only the labels straight above and below the centre are centred (and kept narrow), so that with
  // many axes a label never runs into its neighbours near the top and bottom.
  const anchor = cos > 0.1 ? 'start' : cos < -0.1 ? 'end' : 'middle';
  const words = wrapLines(axis.label, anchor === 'middle' ? 16 : 20, 3);
  const after = !scored ? '' : axis.score === null ? (axis.missing ?? 'n/a') : String(axis.score);
  const lines = words.map((line) => esc(line));
  if (scored)
    lines[lines.length - 1] +=
      axis.score === null
        ? ` <tspan class="radar-missing">${esc(after)}</tspan>`
        : ` <tspan class="radar-score">${after}</tspan>`;
  const block = lines.length * LINE_HEIGHT;
  // Above the point at the top, below it at the bottom, centred on it at the sides.
  const top = y - block / 2 + (sin * block) / 2 + 12 + (sin > 0.5 ? 4 : sin < -0.5 ? -4 : 0);
  // The first line placed by the <text> itself, each further line a step down from the one before.
  const text = lines
    .map((line, i) => (i === 0 ? line : `<tspan x="${x}" dy="${LINE_HEIGHT}">${line}</tspan>`))
    .join('');
  const widest =
    Math.max(...words.map((w, i) => (i === words.length - 1 && scored ? `${w} ${after}` : w).length)) * CHAR_WIDTH;
  const [left, right] =
    anchor === 'start' ? [x, x + widest] : anchor === 'end' ? [x - widest, x] : [x - widest / 2, x + widest / 2];
  // A line's baseline is at its y: the letters rise about 12px above it and fall about 4px below.
  const box = { left, right, top: top - 12, bottom: top + (lines.length - 1) * LINE_HEIGHT + 4 };
  // "start" is SVG's own default anchor.
  const anchorAttribute = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return { svg: `<text class="radar-label" x="${x}" y="${round1(top)}"${anchorAttribute}>${text}</text>`, box };
}

/** The chart's own area grown to hold every label, with a margin: its viewBox, so that no label is cut off. */
function viewBoxAround(width: number, height: number, boxes: readonly Box[]): string {
  const margin = 8;
  const left = Math.min(0, ...boxes.map((b) => b.left - margin));
  const top = Math.min(0, ...boxes.map((b) => b.top - margin));
  const right = Math.max(width, ...boxes.map((b) => b.right + margin));
  const bottom = Math.max(height, ...boxes.map((b) => b.bottom + margin));
  return [left, top, right - left, bottom - top].map(round1).join(' ');
}

/**
 * Where a radar's parts go: its centre and radius, each axis's angle and spoke, its labels (named,
 * and scored when `scored`) and the viewBox that holds them. A hub draws the rings, spokes and
 * names once per site from this, and each page's shape over them from the same frame.
 */
export function radarFrame(axes: readonly RadarAxis[], labelled: boolean, scored = labelled) {
  const [width, height, radius] = labelled ? [FULL.width, FULL.height, FULL.radius] : [120, 120, 54];
  const cx = width / 2;
  const cy = height / 2;
  const angleOf = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const spokeOf = (i: number): [number, number][] => [[cx, cy], point(cx, cy, radius, angleOf(i))];
  // The labels straight above and below sit a little further out, clear of their slanting neighbours.
  const labelRadius = (angle: number) => radius + (Math.abs(Math.sin(angle)) > 0.95 ? 34 : 12);
  const labels = labelled
    ? axes.map((a, i) => axisLabel(a, ...point(cx, cy, labelRadius(angleOf(i)), angleOf(i)), angleOf(i), scored))
    : [];
  const viewBox = viewBoxAround(
    width,
    height,
    labels.map((l) => l.box),
  );
  return { cx, cy, radius, angleOf, spokeOf, labels, viewBox, rings: ringsPath(axes.length, cx, cy, radius) };
}

/** Path data for the spokes of the axes `which` picks (by score, or its lack). */
export function spokesPath(
  axes: readonly RadarAxis[],
  spokeOf: (i: number) => [number, number][],
  which: (axis: RadarAxis) => boolean,
): string {
  return pathData(
    axes.flatMap((a, i) => (which(a) ? [spokeOf(i)] : [])),
    false,
  );
}

/**
 * The project's own part of a radar: the shape of its scores and, when `dots`, a dot at each
 * corner; in `whole` numbers for a chart drawn no wider than its viewBox, where a tenth of a unit
 * does not show. An axis without a score (not described, or not applicable) is left out of the shape
 * rather than drawn at 0: "not described" is not "scored nothing".
 */
export function radarShape(
  axes: readonly RadarAxis[],
  frame: ReturnType<typeof radarFrame>,
  { dots, whole = false }: { dots: boolean; whole?: boolean },
): string {
  const { cx, cy, radius, angleOf } = frame;
  const at = (score: number, i: number): [number, number] => {
    const [x, y] = point(cx, cy, (radius * score) / 100, angleOf(i));
    return whole ? [Math.round(x), Math.round(y)] : [x, y];
  };
  const shape = axes.flatMap((a, i) => (a.score === null ? [] : [at(a.score, i)]));
  // A dot at each corner of the shape, drawn as one path of zero-length strokes with round ends (the
  // text's colour, so it follows the page; style.css): a few bytes a corner, where a circle each took fifty.
  const dotted =
    dots && shape.length ? `<path class="radar-dot" d="${shape.map(([x, y]) => `M${x} ${y}h0`).join('')}"/>` : '';
  return `<polygon class="radar-shape" points="${polygon(shape)}"/>${dotted}`;
}

/** Criterion scores (0–100) as a radar; it needs three axes or more to be a shape at all. */
export function radarChart(
  axes: readonly RadarAxis[],
  { id, title, labelled, className, plotId }: RadarOptions,
): string {
  if (axes.length < 3) return '';
  const frame = radarFrame(axes, labelled);
  const scored = spokesPath(axes, frame.spokeOf, (a) => a.score !== null);
  const missing = spokesPath(axes, frame.spokeOf, (a) => a.score === null);
  return [
    radarOpen(axes, id, title, className, frame.viewBox),
    plotId ? `<g id="${plotId}">` : '',
    `<path class="radar-ring" d="${frame.rings}"/>`,
    scored ? `<path class="radar-spoke" d="${scored}"/>` : '',
    missing ? `<path class="radar-spoke radar-spoke-missing" d="${missing}"/>` : '',
    radarShape(axes, frame, { dots: labelled }),
    plotId ? '</g>' : '',
    ...frame.labels.map((l) => l.svg),
    '</svg>',
  ].join('');
}

function radarOpen(axes: readonly RadarAxis[], id: string, title: string, className: string, viewBox: string): string {
  const description = axes
    .map((a) => `${a.label}: ${a.score === null ? (a.missing ?? 'not applicable') : a.score}`)
    .join('; ');
  return [
    `<svg class="radar ${className}" viewBox="${viewBox}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">Scores out of 100. ${esc(description)}.</desc>`,
  ].join('');
}

/**
 * A second view of a labelled radar drawn in the same page with `plotId`: its drawing without the
 * labels (the phone's bare shape), by reference (<use>, within the page, so it works from a
 * folder on disk too), framed as closely as the unlabelled chart frames its own.
 */
export function radarView(
  axes: readonly RadarAxis[],
  plotId: string,
  options: { className: string; describedBy: string },
): string {
  if (axes.length < 3) return '';
  const box = PHONE_VIEW_BOX;
  // Named by the full chart's title and description (one copy of every score in the page), which a
  // name may point to even where that chart is hidden.
  const by = options.describedBy;
  return `<svg class="radar ${options.className}" viewBox="${box}" role="img" aria-labelledby="${by}-title ${by}-desc" focusable="false"><use href="#${plotId}"/></svg>`;
}

/** The phone's view of a full radar: its rings, framed as closely as the unlabelled chart frames its own. */
const PHONE_HALF = round1((FULL.radius * 60) / 54);
export const PHONE_VIEW_BOX = `${FULL.width / 2 - PHONE_HALF} ${FULL.height / 2 - PHONE_HALF} ${2 * PHONE_HALF} ${2 * PHONE_HALF}`;

/** A 0–100 score as a bar, drawn beside the number it shows: a box whose fill width is a class (CHART_STYLE). */
export function scoreBar(score: number | null): string {
  const width = score === null ? 0 : Math.round(Math.max(0, Math.min(100, score)));
  return `<span class="bar w-${width}" aria-hidden="true"></span>`;
}

/** Stage bars drawn by class (lv-<rank>-<count>) for frameworks of up to this many levels; more are drawn as SVG. */
export const STYLED_LEVELS = 9;

/**
 * The charts' shared rules: the width of each score bar and the height and shade of each stage
 * bar, as classes, so a chart is a few bytes of markup and its drawing lives once in the
 * stylesheet (a page's style cannot be set per element: the Content-Security-Policy allows no
 * style attributes).
 */
export const CHART_STYLE = [
  ...Array.from({ length: 101 }, (_, w) => `.w-${w}{--w:${w}%}`),
  ...Array.from({ length: STYLED_LEVELS }, (_, n) =>
    Array.from({ length: n + 1 }, (_, rank) => {
      const count = n + 1;
      return `.lv-${rank}-${count}{height:${round1((100 * barHeight(rank, count)) / 48)}%;background:${levelShade(rank, count)}}`;
    }).join(''),
  ),
].join('\n');

/** Light to dark blue along the framework's levels: the more power people held, the darker. */
export function levelShade(rank: number, count: number): string {
  const t = count <= 1 ? 1 : rank / (count - 1);
  const from = [0xe4, 0xec, 0xf4];
  const to = [0x0f, 0x3a, 0x66];
  return `#${from
    .map((f, i) =>
      Math.round(f + (to[i]! - f) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A bar's height in a 48-high box: 6 for the lowest level to 48 for the highest. */
function barHeight(rank: number, count: number): number {
  return round1(6 + (42 * rank) / Math.max(1, count - 1));
}

/** A stage's level as a bar: higher and darker the more power people held; a dashed outline where none is known. */
export function stageBar(stage: StageResult, levels: readonly Named[]): string {
  const rank = levels.findIndex((l) => l.id === stage.level);
  // Not described (or does not apply): an empty outline, never mistaken for "none".
  if (rank < 0) return '<span class="stage-bar" aria-hidden="true"><span class="stage-unknown"></span></span>';
  if (levels.length <= STYLED_LEVELS)
    return `<span class="stage-bar" aria-hidden="true"><span class="stage-fill lv-${rank}-${levels.length}"></span></span>`;
  const height = barHeight(rank, levels.length);
  return `<svg class="stage-bar" viewBox="0 0 40 48" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="stage-fill" x="0" y="${round1(48 - height)}" width="40" height="${height}" fill="${levelShade(rank, levels.length)}"/></svg>`;
}

/**
 * Who held power at each stage, as a strip of bars (higher and darker = more shared), each with
 * the stage and its level written beneath, so the words carry it for every reader.
 */
export function stageProfile(
  stages: readonly StageResult[],
  levels: readonly Named[],
  size: 'full' | 'compact',
): string {
  const items = stages.map((s) => {
    const shared = s.shared ? '<span class="stage-shared">shared</span>' : '';
    return `<li class="${s.shared ? 'is-shared' : 'not-shared'}">${stageBar(s, levels)}<span class="stage-name">${esc(s.label)}</span><span class="stage-level">${esc(s.levelLabel)}</span>${shared}</li>`;
  });
  return `<ol class="profile profile-${size}" aria-label="Stage profile: how far power was shared at each stage">${items.join('')}</ol>`;
}
