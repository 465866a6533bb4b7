// A file that is not there, and the one beside it the person most likely meant: "a.yml" for
// "a.yaml", a typo, or a longer name that begins with the one typed. Read from the folder alone.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { closest } from '../core/shared/did-you-mean.js';

/** Past this many names a folder is not searched: a suggestion is not worth a long wait. */
const MOST_NAMES = 5_000;

/** The path the person probably meant, written as they wrote theirs (same folder part); undefined when none is close. */
export function nearbyName(path: string): string | undefined {
  const folder = dirname(path);
  const name = basename(path);
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => !n.startsWith('.'));
  } catch {
    return undefined;
  }
  if (names.length > MOST_NAMES || name === '') return undefined;
  const meant = otherExtension(name, names) ?? closest(name, names) ?? longerName(name, names);
  if (meant === undefined || meant === name) return undefined;
  return folder === '.' && !path.startsWith('.') ? meant : join(folder, meant);
}

/** "a.yml" for "a.yaml", and the other way round. */
function otherExtension(name: string, names: readonly string[]): string | undefined {
  const other = name.replace(/\.ya?ml$/i, (ext) => (ext.toLowerCase() === '.yaml' ? '.yml' : '.yaml'));
  return other !== name && names.includes(other) ? other : undefined;
}

/** The one name that begins with the typed name's stem and a separator: "braehead-repairs.yaml" for "braehead.yaml". */
function longerName(name: string, names: readonly string[]): string | undefined {
  const stem = name.replace(/\.[^.]*$/, '').toLowerCase();
  if (stem.length < 3) return undefined;
  const found = names.filter((n) => n.toLowerCase().startsWith(stem) && /^[-_ .]/.test(n.slice(stem.length)));
  return found.length === 1 ? found[0] : undefined;
}
