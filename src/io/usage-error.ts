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

/** Thrown for problems that stop a whole command (a missing framework, a bad option). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly errors: InputError[] = [],
  ) {
    super(message);
  }
}
