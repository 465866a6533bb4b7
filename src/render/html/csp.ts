// The strict Content-Security-Policy of copro's web pages. A page that stands alone (the HTML
// report, the form): nothing may load from anywhere; only its own inline style and script may
// run, each allowed by its SHA-256 hash. A page of a site (the hub): the site's own stylesheet,
// script and images may load ('self'), each only on the pages that use it, nothing from
// elsewhere, and no inline script or style at all.
import { createHash } from 'node:crypto';

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function strictPolicy(style: string, script: string | undefined): string {
  return `default-src 'none'; style-src ${cspHash(style)}; script-src ${script ? cspHash(script) : "'none'"}; base-uri 'none'; form-action 'none'`;
}

/** Which of a site's own files a page uses beyond its stylesheet: the site's script, its images. */
export interface SiteFilesUsed {
  script: boolean;
  images: boolean;
}

/**
 * A site's pages share one stylesheet and one script. 'self' allows them both served over HTTP
 * and opened from a folder on disk: Chromium counts any file: address as 'self' for a page opened
 * from one (checked in test/e2e/hub-browser.test.ts). A hash with an integrity attribute would pin
 * the script more tightly, but Chromium refuses integrity checks on file: addresses, so the site
 * would lose its script when opened from disk. Pages without a script allow none. A page that
 * shows the site's images (a project page's radar, drawn by the stylesheet over the site's own
 * image of its rings and names) may load images from the site ('self'), and no other page may:
 * default-src 'none' refuses images everywhere else, data: addresses included.
 */
export function sitePolicy({ script, images }: SiteFilesUsed): string {
  const img = images ? " img-src 'self';" : '';
  return `default-src 'none'; style-src 'self';${img} script-src ${script ? "'self'" : "'none'"}; base-uri 'none'; form-action 'none'`;
}
