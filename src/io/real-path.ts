// Where a name really leads, through links and linked folders: how copro tells that two spellings
// (./a.json, alias/a.json, a link to it) are one file, also for a file that does not exist yet.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The real path of `path`; for a name not there yet, its folder's real path and its name. */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const folder = dirname(resolve(path));
    if (folder === resolve(path)) return folder;
    return join(realPathOf(folder), basename(path));
  }
}

/** Names that stand for copro's own standard output, not for a file. */
const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

export function namesStdout(path: string): boolean {
  return STDOUT_NAMES.has(path) || STDOUT_NAMES.has(resolve(path));
}

/**
 * The descriptor a name stands for when it is copro's own standard output or error (/dev/stderr,
 * /dev/fd/2, /proc/self/fd/2): written to as it is, never opened anew (a socket cannot be),
 * replaced or closed. (Standard input is 0; other numbers are opened by name, as any path.)
 */
export function ownDescriptor(path: string): 0 | 1 | 2 | undefined {
  const name = resolve(path);
  const std = /^\/dev\/std(in|out|err)$/.exec(name);
  if (std) return (['in', 'out', 'err'] as const).indexOf(std[1] as 'in' | 'out' | 'err') as 0 | 1 | 2;
  const numbered = /^\/(?:dev\/fd|proc\/(?:self|thread-self)\/fd)\/([012])$/.exec(name);
  return numbered ? (Number(numbered[1]) as 0 | 1 | 2) : undefined;
}
