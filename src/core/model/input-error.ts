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

/** Most problems reported for one file: past it, one line says how many more there are. */
export const MAX_ERRORS_PER_FILE = 20;

/**
 * A file's problems, at most MAX_ERRORS_PER_FILE of them and a line counting the rest: a file that
 * is not a project at all (a link to /etc/shadow, a config file) says enough to be recognised,
 * never all of itself.
 */
export function capErrors(errors: InputError[]): InputError[] {
  if (errors.length <= MAX_ERRORS_PER_FILE) return errors;
  const more = errors.length - MAX_ERRORS_PER_FILE;
  return [
    ...errors.slice(0, MAX_ERRORS_PER_FILE),
    {
      file: errors[0]!.file,
      message: `and ${more} more ${more === 1 ? 'problem' : 'problems'} in this file, not shown`,
    },
  ];
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
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
  return `${where}: ${error.message}`;
}
