/** A problem with an input file, located where possible. Rendered as "file:line:column: message". */
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

export function formatInputError(error: InputError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined].filter((p) => p !== undefined).join(':');
  return `${where}: ${error.message}`;
}

/** Thrown for problems that stop a whole command (a missing framework, a bad option). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly errors: InputError[] = [],
  ) {
    super(message);
  }
}
