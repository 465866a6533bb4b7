// What copro knows about where it is writing: stdout for the report, stderr for everything else.
import type { InputError } from '../io/input-error.js';
import { formatInputError } from '../io/input-error.js';
import { oneLine } from '../render/safe-text.js';
import { PLAIN_STYLE, colourStyle, type Style } from '../render/style.js';

export interface ColourChoice {
  colorFlag: boolean; // false when --no-color was given
  machineFormat: boolean;
}

/** Colour only for a person at a terminal: never with NO_COLOR, --no-color or a machine format. */
export function wantsColour({ colorFlag, machineFormat }: ColourChoice, env = process.env, isTTY = Boolean(process.stdout.isTTY)): boolean {
  if (machineFormat || !colorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY && env.TERM !== 'dumb';
}

export async function styleFor(choice: ColourChoice): Promise<Style> {
  return wantsColour(choice) ? colourStyle() : PLAIN_STYLE;
}

export function terminalWidth(): number {
  return Math.max(60, Math.min(process.stdout.columns ?? 100, 160));
}

export function printErrors(errors: InputError[]): void {
  for (const error of errors) process.stderr.write(`${oneLine(formatInputError(error))}\n`);
}

export function notice(message: string, quiet = false): void {
  if (!quiet) process.stderr.write(`${message}\n`);
}

/** Writing into a closed pipe (`copro … | head`) is not an error: stop quietly. */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
