// The radar of a hub's project page (render/hub/radar.ts) in two layers: the site's images draw
// the rings, the spokes and the criteria's names once, the page's SVG only the project's shape,
// and the two share a viewBox, so that the shape lands on the rings. The report's own radar is
// the reference: the same shape, at the same place.
import { describe, expect, it } from 'vitest';
import { radarChart, type RadarAxis } from '../../../src/render/html/charts.js';
import { radarImages, radarOverImages } from '../../../src/render/hub/radar.js';

const axes: RadarAxis[] = [
  { label: 'Power is shared', score: 68.8 },
  { label: 'Involved from the start, with an agreed scope', score: 50 },
  { label: 'Shared roles', score: null, missing: 'not described' },
  { label: "People's strengths are used", score: 25 },
  { label: 'Give & take', score: 0 },
];

const viewBoxOf = (svg: string) => svg.match(/viewBox="([^"]+)"/)![1];
const pointsOf = (svg: string) =>
  svg
    .match(/<polygon class="radar-shape" points="([^"]+)"/)![1]!
    .split(' ')
    .map((p) => p.split(',').map(Number));

describe('the hub radar', () => {
  const images = new Map(radarImages(axes.map((a) => a.label)));
  const page = radarOverImages(axes, { id: 'radar', title: 'Criterion scores of <Leith>' });
  const [full, phone] = page.split('</svg>');

  it("draws the rings, every spoke and every criterion's name once for the site, the phone's image without names", () => {
    expect([...images.keys()]).toEqual(['radar.svg', 'radar-phone.svg']);
    const site = images.get('radar.svg')!;
    expect(site).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[^"]+"><style>/);
    // Four rings (closed) and five spokes from the centre, in one path.
    expect(site.match(/Z/g)).toHaveLength(4);
    expect(site.match(/M360 260 /g)).toHaveLength(axes.length);
    expect(site).toContain('Give &amp; take');
    expect(site).not.toMatch(/68\.8|not described/);
    expect(images.get('radar-phone.svg')).not.toContain('<text');
  });

  it("draws on the page only the project's shape and dots, in the images' viewBoxes, named by one sentence", () => {
    expect(viewBoxOf(full!)).toBe(viewBoxOf(images.get('radar.svg')!));
    expect(viewBoxOf(phone!)).toBe(viewBoxOf(images.get('radar-phone.svg')!));
    expect(full).not.toMatch(/<text|radar-ring|68\.8/);
    expect(full).toContain('<title id="radar-t">Criterion scores of &lt;Leith&gt;</title>');
    expect(phone).toContain('aria-labelledby="radar-t"');
    expect(phone).toContain('<use href="#radar-p"/>');
  });

  it('puts each corner of the shape where the report draws it, in whole units', () => {
    const report = radarChart(axes, { id: 'r', title: 't', labelled: true, className: 'radar-full' });
    const reported = pointsOf(report);
    const drawn = pointsOf(full!);
    expect(drawn).toHaveLength(4);
    drawn.forEach(([x, y], i) => {
      expect(Math.abs(x! - reported[i]![0]!)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(y! - reported[i]![1]!)).toBeLessThanOrEqual(0.5);
    });
  });

  it("dashes the spoke of a criterion not described, over a line that hides the image's", () => {
    const gap = full!.match(
      /<path class="radar-gap" d="([^"]+)"\/><path class="radar-spoke radar-spoke-missing" d="([^"]+)"\/>/,
    );
    expect(gap).not.toBeNull();
    expect(gap![1]).toBe(gap![2]);
    expect(gap![1]!.match(/M/g)).toHaveLength(1);
    const scored = radarOverImages(
      axes.map((a) => ({ ...a, score: a.score ?? 10 })),
      { id: 'radar', title: 't' },
    );
    expect(scored).not.toContain('radar-gap');
  });

  it('draws nothing for fewer than three criteria, which make no shape', () => {
    expect(radarImages(['One', 'Two'])).toEqual([]);
    expect(radarOverImages(axes.slice(0, 2), { id: 'radar', title: 't' })).toBe('');
  });
});
