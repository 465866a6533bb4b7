// A problem with an input file (a project or framework file, or a path that led to none), located
// where possible. The same shape wherever it goes: on standard error, in validate's verdicts, and
// in the report's "errors" (the JSON contract).
export interface InputError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** "file:line:column: message", the form editors and terminals make clickable. */
export function formatInputError(error: InputError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined].filter((p) => p !== undefined).join(':');
  return `${where}: ${error.message}`;
}
