// The HTML report as text: self-contained, its one style and script allowed by hash, and no
// project text able to become markup. (test/e2e/html-report.test.ts opens it in a browser.)
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, webAddress } from '../../../src/render/text/escape-html.js';
import { levelShade } from '../../../src/render/html/charts.js';
import { htmlSink } from '../../../src/render/html/sink.js';
import {
  examples,
  header,
  HOSTILE_NAMES,
  hostileResult,
  newSpool,
  runSink,
  summaryResults,
} from '../../report-fixtures.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const between = (text: string, open: string, close: string) =>
  [...text.matchAll(new RegExp(`${open}([\\s\\S]*?)${close}`, 'g'))].map((m) => m[1]!);

const batch = runSink(
  (out) => htmlSink(header, out, newSpool),
  [...examples.results, ...HOSTILE_NAMES.map((n, i) => hostileResult(n, i))],
  [{ file: '<b>broken</b>.yaml', line: 1, column: 1, message: 'expected a map' }],
);
const single = runSink((out) => htmlSink(header, out, newSpool), examples.results.slice(0, 1));

describe('HTML report', () => {
  it('loads nothing: no external scripts, styles, fonts or images', () => {
    for (const page of [batch, single]) {
      // Every tag, its quoted attribute values blanked (they may hold escaped project text).
      const tags = page.match(/<[a-z][^>]*>/gi)!.map((tag) => tag.replace(/"[^"]*"/g, '""'));
      expect(tags.filter((tag) => /\s(src|srcset|poster|data|background)=/i.test(tag))).toEqual([]);
      expect(tags.filter((tag) => /^<(link|iframe|object|embed|img|base|frame)\b/i.test(tag))).toEqual([]);
      expect(page).not.toMatch(/@import|url\(/i);
      expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    }
  });

  it('allows only its own style and script, by hash, in a strict Content-Security-Policy', () => {
    const csp = batch.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
    const [style] = between(batch, '<style>', '</style>');
    const scripts = between(batch, '<script>', '</script>');
    expect(scripts).toHaveLength(1);
    expect(csp).toBe(
      `default-src 'none'; style-src ${hash(style!)}; script-src ${hash(scripts[0]!)}; base-uri 'none'; form-action 'none'`,
    );
    expect(single).toContain("script-src 'none'");
    expect(single).not.toContain('<script');
  });

  it('carries its stylesheet and script small but whole: no comments, and the index script', () => {
    const [style] = between(batch, '<style>', '</style>');
    // src/render/html/style.css, its comments and spaces left out, then the charts' rules.
    expect(style).toContain(':root{color-scheme:light;');
    expect(style).toContain('thead th button::after{content:" \\2195"');
    expect(style).toContain('.w-100{--w:100%}');
    expect(style).not.toContain('/*');
    // src/browser/report-app.ts bundled for the browser: it finds the index by its id.
    const [script] = between(batch, '<script>', '</script>');
    expect(script).toContain('"projects"');
    expect(script).not.toContain('/*');
  });

  it('shows every project in the index, the gallery and a scorecard of its own', () => {
    const count = examples.results.length + HOSTILE_NAMES.length;
    // Several assessments of one project share an index row and a card; each has its scorecard.
    expect(batch.match(/<tr data-project="/g)).toHaveLength(summaryResults.length + HOSTILE_NAMES.length);
    expect(batch.match(/<li class="card /g)).toHaveLength(summaryResults.length + HOSTILE_NAMES.length);
    expect(batch.match(/<article class="scorecard /g)).toHaveLength(count);
    for (let n = 1; n <= count; n++) expect(batch).toContain(`id="project-${n}"`);
    for (const result of examples.results) expect(batch).toContain(escapeHtml(result.project.name));
    expect(batch).toContain('&lt;b&gt;broken&lt;/b&gt;.yaml');
  });

  it('escapes project text everywhere, attributes included', () => {
    expect(batch).not.toContain('<script>alert');
    expect(batch).not.toContain('<img');
    expect(batch).not.toContain('</textarea>');
    expect(batch).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(batch).toContain('data-search="&lt;script&gt;alert(1)&lt;/script&gt; org | &lt;script&gt;');
    expect(batch).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(batch).not.toContain('javascript:');
  });

  it('gives each radar chart a title and a description naming every score', () => {
    const radar = single.match(/<svg class="radar radar-full"[^>]*>([\s\S]*?)<\/svg>/)![0];
    expect(radar).toMatch(/role="img" aria-labelledby="radar-1-title radar-1-desc"/);
    const result = examples.results[0]!;
    expect(radar).toContain(`<title id="radar-1-title">Criterion scores of ${escapeHtml(result.project.name)}</title>`);
    for (const c of result.criteria)
      expect(radar).toContain(
        `${escapeHtml(c.title)}: ${c.score ?? (c.indicators.some((i) => i.answer === 'unknown') ? 'not described' : 'n/a')}`,
      );
  });

  it('shows one project as a page of its own, its name the main heading', () => {
    expect(single).toContain(`<h1 id="project-1-title">${escapeHtml(examples.results[0]!.project.name)}</h1>`);
    expect(single).not.toContain('id="projects"');
  });
});

describe('HTML helpers', () => {
  it('escapes the five characters that matter and drops control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u001b[31m\u202e`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('links only plain web addresses', () => {
    expect(webAddress('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webAddress('javascript:alert(1)')).toBeUndefined();
    expect(webAddress('data:text/html,x')).toBeUndefined();
    expect(webAddress('not a url')).toBeUndefined();
  });

  it('shades levels from light to dark', () => {
    expect(levelShade(0, 6)).toBe('#e4ecf4');
    expect(levelShade(5, 6)).toBe('#0f3a66');
  });
});
