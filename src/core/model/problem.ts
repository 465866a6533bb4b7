/** Where in a document a problem sits: keys and indexes from the root. */
export type DocPath = (string | number)[];

/**
 * A problem found in a framework or project document. `at` is 'key' when the problem is the
 * key itself (an unknown id), so the location points at the key rather than its value.
 */
export interface Problem {
  path: DocPath;
  message: string;
  at?: 'key' | 'value';
}
