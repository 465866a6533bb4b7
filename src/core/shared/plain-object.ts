// Parsed YAML is checked before it is trusted: a map is a plain object, never a list or null.
export type PlainObject = Record<string, unknown>;

export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
