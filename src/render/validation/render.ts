// `copro validate` as text: a verdict for every file (passes too), each problem on its own line
// as file:line:column: message (editors and terminals make these clickable), then a summary.
import { formatInputError } from '../../core/model/input-error.js';
import type { ValidationReport } from '../../core/model/validation.js';
import { oneLine } from '../text/safe-text.js';
import type { Style } from '../text/style.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summaryLine({ summary }: ValidationReport): string {
  const { total, invalid, problems } = summary;
  if (total === 0) return 'Nothing was checked.';
  if (invalid === 0) return total === 1 ? 'The file is valid.' : `All ${total} files are valid.`;
  if (total === 1) return `The file has ${plural(problems, 'problem')}.`;
  return `${invalid} of ${total} files ${invalid === 1 ? 'has' : 'have'} problems (${plural(problems, 'problem')} in all).`;
}

export function renderValidationText(report: ValidationReport, style: Style): string {
  const lines: string[] = [];
  for (const verdict of report.files) {
    const what = verdict.kind === 'framework' ? ' (framework)' : '';
    if (verdict.valid) {
      lines.push(`${style.good('✓')} ${oneLine(verdict.file)}${what}`);
      continue;
    }
    lines.push(`${style.bad('✗')} ${oneLine(verdict.file)}${what}: ${plural(verdict.errors.length, 'problem')}`);
    for (const error of verdict.errors) lines.push(`    ${oneLine(formatInputError(error))}`);
  }
  lines.push('', report.summary.invalid > 0 ? style.bad(summaryLine(report)) : style.good(summaryLine(report)));
  return `${lines.join('\n')}\n`;
}

export function renderValidationJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
