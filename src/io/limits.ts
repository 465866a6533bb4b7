// Limits on what copro will read. They keep a hostile or mistaken file from exhausting memory
// or time; each refusal is reported as a plain error, never a crash.
export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most YAML aliases (*name) resolved in one file: stops "billion laughs" expansion. */
  maxAliases: number;
  /** Deepest nesting of maps and lists. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxAliases: 100,
  maxDepth: 64,
};
