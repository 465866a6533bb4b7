// The JSON report as text: the whole report at once (renderJson), and the pieces the streamed
// sink writes, each indented exactly as JSON.stringify(report, null, 2) would put it.
import type { Report } from '../../core/model/report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A value as it appears at `depth` levels of nesting in a 2-space pretty-printed document. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * A value as an item of a list two levels deep, indented as JSON.stringify(report, null, 2) puts
 * each result: wrapped in two lists, JSON.stringify indents it in one native pass, where
 * re-indenting its lines afterwards (`nested`) costs a third more for every result.
 */
export function resultItem(value: unknown): string {
  const text = JSON.stringify([[value]], null, 2);
  return text.slice('[\n  [\n'.length, -'\n  ]\n]'.length);
}

export function field(key: string, value: unknown): string {
  return `  ${JSON.stringify(key)}: ${nested(value, 1)}`;
}
