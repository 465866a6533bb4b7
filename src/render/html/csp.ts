// The strict Content-Security-Policy of copro's web pages: nothing may load from anywhere; only
// the page's own inline style and script may run, each allowed by its SHA-256 hash.
import { createHash } from 'node:crypto';

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function strictPolicy(style: string, script: string | undefined): string {
  return `default-src 'none'; style-src ${cspHash(style)}; script-src ${script ? cspHash(script) : "'none'"}; base-uri 'none'; form-action 'none'`;
}
