// Small pieces shared by the HTML scorecard and the page around it.
import { escapeHtml as esc } from '../text/escape-html.js';
import type { FrameworkOutline } from '../sink.js';

/** The class's place in the framework's order (0 is the highest), which sets its colour. */
export function rankClass(outline: FrameworkOutline, classId: string): string {
  const rank = outline.classes.findIndex((c) => c.id === classId);
  return `rank-${Math.min(Math.max(rank, 0), 2)}`;
}

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
