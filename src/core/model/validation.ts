// What `copro validate` found: one verdict per file checked, every problem of each, located.
import type { InputError } from './input-error.js';

const VALIDATION_SCHEMA_VERSION = 1;

export interface FileVerdict {
  file: string;
  kind: 'project' | 'framework';
  /** Every problem found. A framework's may sit in a file it extends, so each names its file. */
  errors: InputError[];
}

export interface ValidationReport {
  schemaVersion: typeof VALIDATION_SCHEMA_VERSION;
  tool: { name: string; version: string };
  /** The framework projects were checked against; null when it is not valid itself. */
  framework: { id: string; name: string; version: string; hash: string } | null;
  summary: { total: number; valid: number; invalid: number; problems: number };
  files: { file: string; kind: FileVerdict['kind']; valid: boolean; errors: InputError[] }[];
}

export function buildValidationReport(
  tool: ValidationReport['tool'],
  framework: ValidationReport['framework'],
  verdicts: FileVerdict[],
): ValidationReport {
  const files = verdicts.map((v) => ({ file: v.file, kind: v.kind, valid: v.errors.length === 0, errors: v.errors }));
  const invalid = files.filter((f) => !f.valid).length;
  const problems = files.reduce((n, f) => n + f.errors.length, 0);
  return {
    schemaVersion: VALIDATION_SCHEMA_VERSION,
    tool,
    framework,
    summary: { total: files.length, valid: files.length - invalid, invalid, problems },
    files,
  };
}
