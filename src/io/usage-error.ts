import type { InputError } from '../core/model/input-error.js';

/** Thrown for problems that stop a whole command (a missing framework, a bad option). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly errors: InputError[] = [],
  ) {
    super(message);
  }
}
