// Limits on what copro will read. They keep a hostile or mistaken file from exhausting memory
// or time; each refusal is reported as a plain error, never a crash. The defaults are generous
// for any hand-written project or framework; a site that needs more sets an environment
// variable (documented in SECURITY.md), so the limits hold for every command alike and a
// script or CI job sets them once.
import { UsageError } from './usage-error.js';

export interface ReadLimits {
  /** Largest file read, in bytes. A larger file is refused before it is read. */
  maxFileBytes: number;
  /**
   * Most YAML alias expansions (*name) in one file: stops "billion laughs" expansion. Counted as
   * the yaml library counts them (its maxAliasCount): the anchored value is the first, and an
   * alias to a value that itself holds aliases counts for all of them.
   */
  maxAliases: number;
  /** Deepest nesting of maps and lists. */
  maxDepth: number;
}

export const MEGABYTE = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 5 * MEGABYTE,
  maxAliases: 100,
  maxDepth: 64,
};

interface LimitSetting {
  variable: string;
  key: keyof ReadLimits;
  /** What the variable holds, for messages. */
  unit: string;
  /** Smallest value accepted: below it the limit would refuse every file. */
  floor: number;
  /** Largest value accepted: past it the limit stops protecting anything. */
  ceiling: number;
  /** From the variable's number to the limit's unit. */
  scale: number;
  whole: boolean;
}

/**
 * The environment variables that change the limits. The depth ceiling stays well below the
 * nesting at which the YAML library itself would run out of stack (several hundred levels).
 */
const LIMIT_SETTINGS: readonly LimitSetting[] = [
  {
    variable: 'COPRO_MAX_FILE_MB',
    key: 'maxFileBytes',
    unit: 'megabytes',
    floor: 0.001,
    ceiling: 1024,
    scale: MEGABYTE,
    whole: false,
  },
  {
    variable: 'COPRO_MAX_ALIASES',
    key: 'maxAliases',
    unit: 'alias expansions',
    floor: 1,
    ceiling: 100_000,
    scale: 1,
    whole: true,
  },
  { variable: 'COPRO_MAX_DEPTH', key: 'maxDepth', unit: 'levels', floor: 1, ceiling: 256, scale: 1, whole: true },
];

/** Plain decimal digits only: Number() would also take 1e-9, 0x10, 0b11 and Infinity. */
const PLAIN_WHOLE = /^\d+$/;
const PLAIN_DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

function parseSetting(setting: LimitSetting, raw: string): number {
  const text = raw.trim();
  const value = Number(text);
  const plain = (setting.whole ? PLAIN_WHOLE : PLAIN_DECIMAL).test(text);
  if (!plain || value < setting.floor || value > setting.ceiling) {
    const kind = setting.whole ? 'a whole number' : 'a number';
    const example = setting.whole ? `e.g. ${setting.ceiling / 4}` : 'e.g. 0.5 or 20';
    throw new UsageError(
      `${setting.variable} must be ${kind} of ${setting.unit} from ${setting.floor} to ${setting.ceiling}, in plain digits (${example}), not "${raw}"`,
    );
  }
  return Math.floor(value * setting.scale);
}

/** The limits in force: the defaults, changed by any COPRO_MAX_* variable that is set. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ReadLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const setting of LIMIT_SETTINGS) {
    const raw = env[setting.variable];
    if (raw !== undefined && raw !== '') limits[setting.key] = parseSetting(setting, raw);
  }
  return limits;
}

/** A size in the unit a person would use for it: "512 bytes", "12 KB", "30.0 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MEGABYTE) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}
