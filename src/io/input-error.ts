/** A problem with an input file, located where possible. Rendered as "file:line:column: message". */
export interface InputError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatInputError(error: InputError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined].filter((p) => p !== undefined).join(':');
  return `${where}: ${error.message}`;
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
  return [...errors.slice(0, MAX_ERRORS_PER_FILE), { file: errors[0]!.file, message: `and ${more} more ${more === 1 ? 'problem' : 'problems'} in this file, not shown` }];
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
