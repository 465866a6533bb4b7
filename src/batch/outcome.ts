// What the batch runner hands on for each file, in file order, whichever thread scored it.
import type { InputError } from '../core/model/input-error.js';
import type { ReportResult, ResultDigest } from '../core/model/report.js';

/**
 * What came of one file: its scorecard (with notes a person should see, such as a value a " #"
 * cut short); or, when the run asked for it, the scorecard already rendered as report text (or its
 * UTF-8 bytes, from a worker thread) with a digest of it, so that a worker sends text the report
 * takes as it is, rather than data to decode and render again; or why it could not be scored.
 */
export type Outcome =
  | { result: ReportResult; notes?: InputError[] }
  | { rendered: string | Uint8Array; digest: ResultDigest; part?: unknown; notes?: InputError[] }
  | { errors: InputError[] };

/**
 * Renders a scored result as report text (or its UTF-8 bytes), where it is scored; a renderer of
 * more than one thing (the hub's) adds `part`, plain data that says what the text holds.
 */
export type RenderResult = (result: ReportResult) => string | Uint8Array | { text: string | Uint8Array; part: unknown };
