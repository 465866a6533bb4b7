import { fstatSync } from 'node:fs';
import { DEFAULT_LIMITS } from './limits.js';

/** Why standard input cannot be read as a project (`copro assess - < /tmp` gives it a folder), if it cannot. */
export function stdinProblem(): string | undefined {
  try {
    if (fstatSync(0).isDirectory())
      return 'standard input is a folder, not a file: name the folder instead of - (copro assess <folder>)';
  } catch {
    return 'there is no standard input to read (it is closed)';
  }
  return undefined;
}

/** All of standard input, stopping once it passes the size limit (the reader then refuses it). */
export async function readStdin(maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
