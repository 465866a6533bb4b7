import { DEFAULT_LIMITS } from './limits.js';

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
