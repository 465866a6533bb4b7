// The radar on a hub's project pages, in two layers. What is the same on every page (the rings,
// the spokes and the criteria's names, which depend only on the framework) is drawn once for the
// whole site, as two images beside copro.css (the full chart, and the bare rings of the phone's
// view); the stylesheet sets them as the charts' backgrounds. Each page's SVG draws only the
// project's shape and dots, in the same viewBox, so the two line up. A CSS background image, unlike
// an SVG <use> of another file, loads from a folder on disk too (test/e2e/hub-browser.test.ts).
import { escapeHtml as esc } from '../text/escape-html.js';
import { PHONE_VIEW_BOX, radarFrame, radarShape, spokesPath, type RadarAxis } from '../html/charts.js';

/** The site's two radar images, at the top of the site beside copro.css (hub style.css names them). */
const RADAR_IMAGE = 'radar.svg';
const RADAR_PHONE_IMAGE = 'radar-phone.svg';

/**
 * An image is drawn on its own, without the page's stylesheet: its colours and type are its own
 * (the same as the report's radar-ring, radar-spoke and radar-label rules), and its lines stay one
 * pixel wide at any size.
 */
const IMAGE_STYLE =
  '<style>path{fill:none;stroke:#c9d0da;stroke-width:1;vector-effect:non-scaling-stroke}text{font:14px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;fill:#1b2330}</style>';

function image(viewBox: string, drawing: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${IMAGE_STYLE}${drawing}</svg>\n`;
}

/**
 * The site's radar images for a framework whose criteria are `names`, in order: [path, SVG], the
 * full chart (rings, spokes and names) and the phone's (rings and spokes). None for fewer than
 * three criteria, which make no shape.
 */
export function radarImages(names: readonly string[]): [string, string][] {
  if (names.length < 3) return [];
  const axes = names.map((label) => ({ label, score: 0 }));
  const frame = radarFrame(axes, true, false);
  const grid = `<path d="${frame.rings}${spokesPath(axes, frame.spokeOf, () => true)}"/>`;
  return [
    [RADAR_IMAGE, image(frame.viewBox, `${grid}${frame.labels.map((l) => l.svg).join('')}`)],
    [RADAR_PHONE_IMAGE, image(PHONE_VIEW_BOX, grid)],
  ];
}

/**
 * A project's radar over the site's images: its shape and dots, and over the spoke of each
 * criterion it does not describe a dashed line (a paper-coloured line first hides the grid's solid
 * one). Full width and the phone's view; the phone's reuses the full chart's drawing and is named
 * by its title, which says where the figures are in words (the page's list of criteria).
 */
export function radarOverImages(axes: readonly RadarAxis[], { id, title }: { id: string; title: string }): string {
  if (axes.length < 3) return '';
  const frame = radarFrame(axes, true, false);
  const missing = spokesPath(axes, frame.spokeOf, (a) => a.score === null);
  const gaps = missing
    ? `<path class="radar-gap" d="${missing}"/><path class="radar-spoke radar-spoke-missing" d="${missing}"/>`
    : '';
  const svg = (className: string, viewBox: string, inside: string) =>
    `<svg class="radar ${className} on-grid" viewBox="${viewBox}" role="img" aria-labelledby="${id}-t" focusable="false">${inside}</svg>`;
  return (
    svg(
      'radar-full',
      frame.viewBox,
      `<title id="${id}-t">${esc(title)}</title><g id="${id}-p">${gaps}${radarShape(axes, frame, { dots: true, whole: true })}</g>`,
    ) + svg('radar-phone', PHONE_VIEW_BOX, `<use href="#${id}-p"/>`)
  );
}
