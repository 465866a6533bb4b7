// Small pieces shared by the HTML scorecard and the page around it.
import { escapeHtml as esc } from '../text/escape-html.js';
import type { FrameworkOutline } from '../sink.js';

/** The class's place in the framework's order (0 is the highest), which sets its colour. */
/** rank-0 to rank-2 down the co-production scale; rank-3 for an outcome off it, which is neither higher nor lower. */
export function rankClass(outline: FrameworkOutline, classId: string): string {
  return `rank-${classRankNumber(outline.classes, classId)}`;
}

export function classRankNumber(classes: readonly { id: string; offScale?: boolean }[], classId: string): number {
  if (classes.find((c) => c.id === classId)?.offScale) return OFF_SCALE_RANK;
  const rank = classes.filter((c) => !c.offScale).findIndex((c) => c.id === classId);
  return Math.min(Math.max(rank, 0), 2);
}

/** The style rank of an outcome off the scale: a colour of its own, not a place on the scale. */
const OFF_SCALE_RANK = 3;

export const h = (depth: number) => `h${Math.min(depth, 6)}`;

export function heading(depth: number, text: string, id?: string): string {
  return `<${h(depth)}${id ? ` id="${id}"` : ''}>${text}</${h(depth)}>`;
}

export function section(depth: number, title: string, body: string): string {
  return `<section>${heading(depth, esc(title))}${body}</section>`;
}

/** A path that may wrap after each slash. */
export function breakablePath(path: string): string {
  return esc(path).replace(/\//g, '/<wbr>');
}
