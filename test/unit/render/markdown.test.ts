// The Markdown report, read back with a Markdown parser (marked's lexer, GitHub-flavoured): its
// tables must hold one row per project with the right cells, and no project text may turn into
// markup.
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../src/render/text/escape-markdown.js';
import { markdownSink } from '../../../src/render/markdown/sink.js';
import {
  examples,
  header,
  HOSTILE_NAMES,
  hostileResult,
  newSpool,
  runSink,
  summaryResults,
} from '../../report-fixtures.js';

const tokens = (text: string) => marked.lexer(text, { gfm: true });

function all(list: Tokens.Generic[]): Tokens.Generic[] {
  return list.flatMap((t) => [
    t,
    ...all((t.tokens as Tokens.Generic[] | undefined) ?? []),
    ...all((t.items as Tokens.Generic[] | undefined) ?? []),
  ]);
}

/** A bare web address that GitHub-flavoured Markdown makes clickable: it shows exactly as written. */
const isAutolink = (t: Tokens.Generic) => t.type === 'link' && t.raw === t.text;

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The plain text a reader sees for one inline token list; any other markup shows as <kind>. */
function plain(inline: Tokens.Generic[]): string {
  return inline
    .map((t) => {
      if (isAutolink(t)) return t.text;
      if (t.type === 'escape' || t.type === 'text')
        return t.tokens ? plain(t.tokens as Tokens.Generic[]) : decode(t.text);
      return `<${t.type}>`;
    })
    .join('');
}

describe('Markdown report', () => {
  const text = runSink((out) => markdownSink(header, out, { verbose: false }, newSpool), examples.results, [
    { file: 'broken.yaml', line: 2, message: 'bad' },
  ]);
  const parsed = tokens(text);

  it('starts a batch with a summary table: one row per project, in order', () => {
    const table = parsed.find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.header.map((h) => h.text)).toEqual([
      'Project',
      'Class',
      'Evidence shows',
      'Score',
      'Described',
      'Warnings',
      'File',
    ]);
    expect(summaryResults.length).toBeLessThan(examples.results.length);
    expect(table.rows).toHaveLength(summaryResults.length);
    table.rows.forEach((row, i) => {
      const result = summaryResults[i]!;
      // A project assessed several times is named with how many times, its latest and its trend.
      expect(plain(row[0]!.tokens as Tokens.Generic[])).toMatch(
        new RegExp(
          `^${result.project.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(\\d+ assessments; latest .*\\))?$`,
        ),
      );
      expect(row[1]!.text).toBe(
        result.classification.label + (result.classification.provisional ? ' (provisional)' : ''),
      );
      expect(row[2]!.text).toBe(result.terms.supported?.label ?? '—');
      expect(Number(row[3]!.text)).toBe(result.score);
    });
  });

  it('gives each project a section with its class, reasons, criteria, stages and next steps', () => {
    const headings = parsed.filter((t): t is Tokens.Heading => t.type === 'heading');
    const projects = headings.filter((h) => h.depth === 2 && h.text !== 'Not scored');
    expect(projects.map((h) => plain(h.tokens as Tokens.Generic[]))).toEqual(
      examples.results.map((r) => r.project.name),
    );
    for (const name of ['Why', 'Criteria', 'Stages', 'By source', 'Next steps']) {
      expect(headings.filter((h) => h.depth === 3 && h.text === name)).toHaveLength(examples.results.length);
    }
    expect(parsed.filter((t) => t.type === 'table')).toHaveLength(1 + 3 * examples.results.length);
  });

  it('ends a batch, as a single scorecard, with the tool, framework and hash, said once', () => {
    expect(text).toMatch(/\n\n_Scored by copro .* hash [0-9a-f]{12}\)\._\n$/);
    expect(text.match(/Scored by copro/g)).toHaveLength(1);
  });

  it('lists the files that could not be scored', () => {
    expect(text).toContain('## Not scored');
    expect(text).toContain('- broken.yaml: line 2: bad');
  });

  it('breaks the details under a title with Markdown hard line breaks (two spaces), so they do not run together', () => {
    const one = runSink((out) => markdownSink(header, out, { verbose: false }, newSpool), examples.results.slice(0, 1));
    expect(one).toMatch(/ {2}\nFile: /);
  });

  it('shows one project as its scorecard, titled with its name, with indicators when verbose', () => {
    const one = runSink((out) => markdownSink(header, out, { verbose: true }, newSpool), examples.results.slice(0, 1));
    const headings = tokens(one).filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings[0]).toMatchObject({ depth: 1 });
    expect(plain(headings[0]!.tokens as Tokens.Generic[])).toBe(examples.results[0]!.project.name);
    expect(headings.map((h) => h.text)).toContain('Indicators');
    expect(one).toMatch(/_Scored by copro .* hash [0-9a-f]{12}\)\._\n$/);
  });
});

describe('Markdown escaping', () => {
  const hostile = HOSTILE_NAMES.map((name, i) => hostileResult(name, i));
  const text = runSink((out) => markdownSink(header, out, { verbose: true }, newSpool), hostile);
  const parsed = tokens(text);

  it('keeps every hostile name in its own table cell, read back as the same words', () => {
    const table = parsed.find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.rows).toHaveLength(HOSTILE_NAMES.length);
    for (const row of table.rows) expect(row).toHaveLength(7);
    expect(table.rows.map((row) => plain(row[0]!.tokens as Tokens.Generic[]))).toEqual(
      HOSTILE_NAMES.map((n) => n.replace(/\s*\n\s*/g, ' ').trim()),
    );
  });

  it('lets no project text become a heading, list, quote, link, image, code, emphasis or HTML', () => {
    const kinds = new Set(all(parsed).map((t) => t.type));
    for (const kind of ['html', 'link', 'image', 'codespan', 'code', 'em', 'strong', 'del', 'blockquote']) {
      const found = all(parsed).filter((t) => t.type === kind && !isAutolink(t));
      // The report's own bold (each class label, its provisional mark and the score), italics (the
      // closing provenance line) and the finding banner quoted under each title; nothing else is markup.
      const own =
        kind === 'strong'
          ? /^(Co-production|Partial co-production|Consultation or engagement — not co-production|provisional|not described|[\d.]+)$/
          : kind === 'em'
            ? /^Scored by copro /
            : kind === 'blockquote'
              ? /^(» |⚠ )/
              : /^$/;
      expect(
        found.map((t) => t.raw).filter((raw, i) => !own.test(found[i]!.text)),
        kind,
      ).toEqual([]);
    }
    expect(kinds.has('table')).toBe(true);
    const headings = parsed
      .filter((t): t is Tokens.Heading => t.type === 'heading')
      .map((h) => plain(h.tokens as Tokens.Generic[]));
    expect(headings.filter((h) => h.startsWith('Heading'))).toEqual([]);
  });

  it('escapes each special character', () => {
    expect(markdownText('a|b')).toBe('a\\|b');
    expect(markdownText('`x`')).toBe('\\`x\\`');
    expect(markdownText('<b>')).toBe('&lt;b>');
    expect(markdownText('# title')).toBe('\\# title');
    expect(markdownText('2. item')).toBe('2\\. item');
    expect(markdownText('&copy; & more')).toBe('&amp;copy; & more');
    expect(markdownText('two\nlines')).toBe('two lines');
  });
});
