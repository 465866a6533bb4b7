// The JSON report contract (schemaVersion 1): one document, the same envelope for one file,
// many files, and files that could not be read.
import type { Scorecard } from './result.js';
import type { LoadedFramework } from './types.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ReportResult extends Scorecard {
  file: string;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  framework: { id: string; name: string; version: string; hash: string };
  summary: { total: number; scored: number; invalid: number; classes: Record<string, number> };
  results: ReportResult[];
  errors: ReportError[];
}

export function frameworkStamp(framework: LoadedFramework): Report['framework'] {
  return { id: framework.id, name: framework.name, version: framework.version, hash: framework.hash };
}

export function summarise(framework: LoadedFramework, results: ReportResult[], errors: ReportError[]): Report['summary'] {
  const classes = Object.fromEntries(framework.classes.map((c) => [c.id, 0]));
  for (const result of results) classes[result.classification.id] = (classes[result.classification.id] ?? 0) + 1;
  const invalid = new Set(errors.map((e) => e.file)).size;
  return { total: results.length + invalid, scored: results.length, invalid, classes };
}

export function buildReport(
  tool: Report['tool'],
  framework: LoadedFramework,
  results: ReportResult[],
  errors: ReportError[],
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
