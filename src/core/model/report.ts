// The JSON report contract (schemaVersion 1): one document, the same envelope for one file,
// many files, and files that could not be read.
import type { Change } from './comparison.js';
import type { InputError } from './input-error.js';
import type { Scorecard } from './result.js';
import type { LoadedFramework } from './types.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportResult extends Scorecard {
  file: string;
  /** Only with --baseline: the change since the baseline report; null when the project is not in it. */
  change?: Change | null;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  framework: { id: string; name: string; version: string; hash: string };
  summary: {
    total: number;
    scored: number;
    invalid: number;
    classes: Record<string, number>;
    /** How many of the scored verdicts are provisional. */
    provisional: number;
    /** How many projects give an `expectedClass` that their verdict differs from. */
    unexpected: number;
  };
  results: ReportResult[];
  errors: InputError[];
}

export function frameworkStamp(framework: LoadedFramework): Report['framework'] {
  return { id: framework.id, name: framework.name, version: framework.version, hash: framework.hash };
}

function summarise(framework: LoadedFramework, results: ReportResult[], errors: InputError[]): Report['summary'] {
  const counter = new SummaryCounter(framework);
  for (const result of results) counter.add(result);
  return counter.summary(errors);
}

export function buildReport(
  tool: Report['tool'],
  framework: LoadedFramework,
  results: ReportResult[],
  errors: InputError[],
): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool,
    framework: frameworkStamp(framework),
    summary: summarise(framework, results, errors),
    results,
    errors,
  };
}

/**
 * What the summary, the thresholds and the exit code need of a result: a few fields, where the
 * report's text of the result was made by the thread that scored it (copro assess --jobs).
 */
export interface ResultDigest {
  file: string;
  score: number;
  classification: { id: string; label: string; provisional: boolean };
  /** Its `expectedClass` differs from the verdict. */
  unexpected: boolean;
  /** The project id, date and perspective, when the file gives an id (one of several assessments). */
  assessment?: AssessmentKey;
}

/** Which project an assessment is of, when and from whose side: several files may share the id. */
export interface AssessmentKey {
  id: string;
  date: string | null;
  perspective: string | null;
}

/** The result's assessment key, or undefined when its file gives no project id. */
export function assessmentKey(result: ReportResult): AssessmentKey | undefined {
  const { id, assessment } = result.project;
  if (id === undefined) return undefined;
  return { id, date: assessment?.date ?? null, perspective: assessment?.perspective ?? null };
}

export function digestOf(result: ReportResult): ResultDigest {
  const { id, label, provisional } = result.classification;
  return {
    file: result.file,
    score: result.score,
    classification: { id, label, provisional },
    unexpected: result.warnings.some((w) => w.code === 'expected-class-differs'),
    ...(result.project.id !== undefined && { assessment: assessmentKey(result) }),
  };
}

/** Counts for the summary, kept as results stream past. */
export class SummaryCounter {
  private readonly classes: Record<string, number>;
  private scored = 0;
  private provisional = 0;
  private unexpected = 0;

  constructor(framework: LoadedFramework) {
    this.classes = Object.fromEntries(framework.classes.map((c) => [c.id, 0]));
  }

  add(result: ReportResult): void {
    this.addDigest(digestOf(result));
  }

  addDigest(digest: ResultDigest): void {
    this.scored++;
    if (digest.classification.provisional) this.provisional++;
    if (digest.unexpected) this.unexpected++;
    this.classes[digest.classification.id] = (this.classes[digest.classification.id] ?? 0) + 1;
  }

  summary(errors: InputError[]): Report['summary'] {
    const invalid = new Set(errors.map((e) => e.file)).size;
    return {
      total: this.scored + invalid,
      scored: this.scored,
      invalid,
      classes: { ...this.classes },
      provisional: this.provisional,
      unexpected: this.unexpected,
    };
  }
}
