// What the batch runner hands on for each file, in file order, whichever thread scored it.
import type { InputError } from '../core/input-error.js';
import type { ReportResult } from '../core/report.js';

/** What came of one file: its scorecard (with notes a person should see, such as a value a " #" cut short), or why it could not be scored. */
export type Outcome = { result: ReportResult; notes?: InputError[] } | { errors: InputError[] };
