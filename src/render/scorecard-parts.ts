// Small pieces of a scorecard that every format words the same way.
import type { InputError } from '../core/input-error.js';
import type { Report, ReportResult } from '../core/report.js';
import type { NextStep } from '../core/result.js';
import type { ProjectInfo } from '../core/types.js';
import type { FrameworkOutline, ReportHeader } from './sink.js';

export function scoreText(score: number | null): string {
  return score === null ? 'n/a' : String(score);
}

export function pointsText({ earned, possible }: { earned: number; possible: number }): string {
  return possible ? `${earned}/${possible}` : 'n/a';
}

/** What was left out of the score as not applicable, in words; '' when nothing was. */
export function notApplicableText({ excluded }: ReportResult): string {
  const left = [...excluded.stages.map((s) => `stage ${s}`), ...excluded.indicators];
  return left.length ? `Left out as not applicable (n/a): ${left.join(', ')}` : '';
}

/** Organisation, location and year, those that are given. */
export function aboutParts(project: ProjectInfo): string[] {
  return [project.organisation, project.location, project.year].filter((v) => v !== undefined && v !== '').map(String);
}

export function labelOf(list: FrameworkOutline['classes'], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}

/** What a next step would bring: points, or a class within reach. */
export function gainText(step: NextStep, outline: FrameworkOutline): string {
  if (step.gain !== null) return `+${step.gain} points`;
  return step.towards ? `towards ${labelOf(outline.classes, step.towards)}` : 'changes the class';
}

/** Which tool and framework produced the report, so a shared scorecard can be traced. */
export function provenance({ tool, framework }: ReportHeader): string {
  return `Scored by ${tool.name} ${tool.version} against "${framework.name}" (${framework.id} ${framework.version}, hash ${framework.hash.slice(0, 12)})`;
}

export function classCounts(summary: Report['summary'], outline: FrameworkOutline): { id: string; label: string; count: number }[] {
  return outline.classes.map((c) => ({ id: c.id, label: c.label, count: summary.classes[c.id] ?? 0 }));
}

export function scoredLine(summary: Report['summary']): string {
  const invalid = summary.invalid ? `; ${summary.invalid} could not be read` : '';
  return `${summary.scored} of ${summary.total} ${summary.total === 1 ? 'project' : 'projects'} scored${invalid}`;
}

/** Each file that could not be scored, with its problems located as "line 3, column 11: …". */
export function problemsByFile(errors: readonly InputError[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const error of errors) {
    const where = error.line === undefined ? '' : `line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`}: `;
    byFile.set(error.file, [...(byFile.get(error.file) ?? []), `${where}${error.message}`]);
  }
  return byFile;
}
