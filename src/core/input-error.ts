// A problem with an input file (a project or framework file, or a path that led to none), located
// where possible. The same shape wherever it goes: on standard error, in validate's verdicts, and
// in the report's "errors" (the JSON contract).
export interface InputError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** A detail of the error before it, shown only with --verbose (never part of a report). */
  detail?: true;
}

/** The errors to show: with `verbose`, every one (as a plain error); else without the details. */
export function visibleErrors<E extends InputError>(errors: readonly E[], verbose = false): E[] {
  return errors.flatMap((error) => {
    if (!error.detail) return [error];
    if (!verbose) return [];
    const { detail: _detail, ...plain } = error;
    return [plain as E];
  });
}

/** "file:line:column: message", the form editors and terminals make clickable. */
export function formatInputError(error: InputError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined].filter((p) => p !== undefined).join(':');
  return `${where}: ${error.message}`;
}
