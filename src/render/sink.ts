// A report is produced as a stream: each scored project is handed to the sinks as soon as it is
// ready, so a batch of thousands never has to sit in memory. A sink renders one format to one
// output; it keeps only what its format needs at the end (the table keeps one row a project).
import type { InputError } from '../core/model/input-error.js';
import { frameworkStamp, type Report, type ReportResult } from '../core/model/report.js';
import type { LoadedFramework } from '../core/model/types.js';

export interface Named {
  id: string;
  label: string;
}

/** A class, and whether it is an outcome off the co-production scale (not yet assessable, community-led action). */
interface ClassNamed extends Named {
  offScale?: boolean;
}

/** The framework's shape, in its order: what a format needs before any result arrives (CSV columns, chart axes). */
export interface FrameworkOutline {
  criteria: Named[];
  /** With each stage's one-line test of each level (framework `stages[].tests`), for pages that cannot point to `copro criteria`. */
  stages: (Named & { tests?: Record<string, string> })[];
  levels: Named[];
  classes: ClassNamed[];
}

export interface ReportHeader extends Pick<Report, 'tool' | 'framework'> {
  outline: FrameworkOutline;
}

export interface ReportSink {
  result(result: ReportResult): void;
  /**
   * A result already rendered as JSON report text (render/json's resultItem), where it was
   * scored: only JSON sinks have it, and a run uses it only when all its sinks do.
   */
  jsonResult?(text: string | Uint8Array): void;
  end(summary: Report['summary'], errors: InputError[]): void;
}

export function frameworkOutline(framework: LoadedFramework): FrameworkOutline {
  return {
    criteria: framework.criteria.map((c) => ({ id: c.id, label: c.title })),
    stages: framework.stages.map((s) => ({ id: s.id, label: s.label, ...(s.tests && { tests: s.tests }) })),
    levels: framework.levels.map((l) => ({ id: l.id, label: l.label })),
    classes: framework.classes.map((c) => ({ id: c.id, label: c.label, ...(c.offScale ? { offScale: true } : {}) })),
  };
}

/** Several outputs in one run: every result and the end go to each sink in turn. */
export function fanOut(sinks: readonly ReportSink[]): ReportSink {
  if (sinks.length === 1) return sinks[0]!;
  return {
    result(result) {
      for (const sink of sinks) sink.result(result);
    },
    ...(sinks.every((sink) => sink.jsonResult)
      ? {
          jsonResult(text: string | Uint8Array) {
            for (const sink of sinks) sink.jsonResult!(text);
          },
        }
      : {}),
    end(summary, errors) {
      for (const sink of sinks) sink.end(summary, errors);
    },
  };
}

/** One project gets its full scorecard; anything else (several, or none scored) is a batch. */
export function singleProject(first: ReportResult | undefined, summary: Report['summary']): first is ReportResult {
  return first !== undefined && summary.total === 1;
}

export function reportHeader(tool: Report['tool'], framework: LoadedFramework): ReportHeader {
  return { tool, framework: frameworkStamp(framework), outline: frameworkOutline(framework) };
}
