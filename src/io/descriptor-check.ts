// `-o /dev/fd/N` (or /proc/self/fd/N) for N above 2: a descriptor the shell opened for copro
// (`3> report.json`, `3> >(gzip > r.gz)`) is written to like any other name, and one given as a
// project file (`3< p.yaml`) is read. Two kinds are refused in words, before anything is read or
// written: a number that is not open, and one that belongs to Node.js itself. Node opens its own
// pipes and event descriptors at start-up, taking the free numbers from 3 up, so "/dev/fd/7"
// usually names one of them: writing into the pipe Node reads its signals from crashed copro
// outright (a segmentation fault), and reading from one waited on nothing. Node holds both ends
// of its pipes; a pipe the shell hands over has its other end in another program. Linux only:
// elsewhere there is no /proc to ask, and the name is used as it is.
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';

/** The descriptor number a name stands for in this process: /dev/fd/N, /proc/self/fd/N, /proc/<this pid>/fd/N. */
function descriptorNumber(path: string): number | undefined {
  const match = /^\/(?:dev\/fd|proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/.exec(resolve(path));
  if (!match || (match[1] !== undefined && Number(match[1]) !== process.pid)) return undefined;
  return Number(match[2]);
}

const O_ACCMODE = 0o3;
const O_RDONLY = 0o0;
const O_WRONLY = 0o1;

/** The flags this process opened descriptor `n` with, or undefined when it is not open. */
function flagsOf(n: number): number | undefined {
  try {
    const line = readFileSync(`/proc/self/fdinfo/${n}`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('flags:'));
    return line ? parseInt(line.slice('flags:'.length).trim(), 8) : 0;
  } catch {
    return undefined;
  }
}

function linkOf(n: number | string): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${n}`);
  } catch {
    return undefined;
  }
}

/** True when this process holds both ends of the pipe: it leads back into copro (Node's own), not to another program. */
function holdsBothEnds(pipe: string): boolean {
  const modes = readdirSync('/proc/self/fd')
    .filter((fd) => linkOf(fd) === pipe)
    .map((fd) => flagsOf(Number(fd)))
    .filter((flags) => flags !== undefined)
    .map((flags) => flags & O_ACCMODE);
  return modes.some((mode) => mode !== O_WRONLY) && modes.some((mode) => mode !== O_RDONLY);
}

/**
 * Why copro will not use the descriptor `path` names, in words; undefined when it may (or it is not
 * a descriptor). `doing`: whether copro would write a report to it or read a project from it.
 */
export function descriptorProblem(path: string, doing: 'write' | 'read' = 'write'): string | undefined {
  const n = descriptorNumber(path);
  if (n === undefined || n <= 2 || !existsSync('/proc/self/fdinfo')) return undefined;
  const example = doing === 'write' ? `${n}> report.json` : `${n}< project.yaml`;
  const howTo = `give a file name, or open the descriptor in the shell that runs copro (for example ${example})`;
  if (flagsOf(n) === undefined) return `descriptor ${n} is not open: ${howTo}`;
  const link = linkOf(n) ?? '';
  if (link.startsWith('anon_inode:') || (link.startsWith('pipe:') && holdsBothEnds(link)))
    return `descriptor ${n} was not opened for copro (Node.js, which runs copro, uses it for itself): ${howTo}`;
  return undefined;
}
