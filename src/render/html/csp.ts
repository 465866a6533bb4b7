// The strict Content-Security-Policy of copro's web pages. A page that stands alone (the HTML
// report, the form): nothing may load from anywhere; only its own inline style and script may
// run, each allowed by its SHA-256 hash. A page of a site (the hub): the site's own stylesheet and
// script may load ('self'), nothing from elsewhere, and no inline script or style at all.
import { createHash } from 'node:crypto';

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function strictPolicy(style: string, script: string | undefined): string {
  return `default-src 'none'; style-src ${cspHash(style)}; script-src ${script ? cspHash(script) : "'none'"}; base-uri 'none'; form-action 'none'`;
}

/**
 * A site's pages share one stylesheet and one script. 'self' allows them both served over HTTP
 * and opened from a folder on disk: Chromium counts any file: address as 'self' for a page opened
 * from one (checked in test/e2e/hub-browser.test.ts). A hash with an integrity attribute would pin
 * the script more tightly, but Chromium refuses integrity checks on file: addresses, so the site
 * would lose its script when opened from disk. Pages without a script allow none.
 */
export function sitePolicy(withScript: boolean): string {
  return `default-src 'none'; style-src 'self'; script-src ${withScript ? "'self'" : "'none'"}; base-uri 'none'; form-action 'none'`;
}
