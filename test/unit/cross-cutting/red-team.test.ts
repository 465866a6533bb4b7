// Issue 11's pure cases: text that once cost minutes, leaked, hid what was stripped, injected a
// key into a template, or became a live link. (The CLI cases are in test/e2e/red-team.test.ts.)
import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { askProject, type Asker } from '../../../src/cli/init-questions.js';
import { checkProject } from '../../../src/core/project/project-rules.js';
import { foldLines, quoted, QUOTE_LIMIT, REMOVED_MARK } from '../../../src/core/shared/text.js';
import type { Framework } from '../../../src/core/model/types.js';
import { capErrors, MAX_ERRORS_PER_FILE } from '../../../src/core/model/input-error.js';
import { markdownText } from '../../../src/render/text/escape-markdown.js';
import { commentSafeName, renderProjectYaml, templateProject } from '../../../src/render/project-yaml/render.js';
import { oneLine, terminalSafe } from '../../../src/render/text/safe-text.js';
import { PLAIN_STYLE } from '../../../src/render/text/style.js';
import { join } from 'node:path';
import { defaultFramework, ROOT } from '../../helpers.js';

const framework = await defaultFramework();
const ESC = '\u001b';
/** Anything a terminal would act on: ESC, 8-bit CSI, BEL, direction marks, line separators. */
const TERMINAL_ACTIVE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('foldLines is linear (11.14)', () => {
  it('a name of "a", 100,000 spaces and "b" folds at once, as before', () => {
    const name = `a${' '.repeat(100_000)}b`;
    expect(foldLines(name)).toBe(name);
    expect(foldLines(`a${' '.repeat(100_000)}\n${' '.repeat(100_000)}b`)).toBe('a b');
    expect(oneLine(`${'\t '.repeat(50_000)}x`)).toBe('x');
  });

  it('keeps its meaning: line breaks with the spaces around them become one space', () => {
    expect(foldLines('  one\n two  \r\n\n  three \r four  ')).toBe('one two three four');
    expect(foldLines('a  b')).toBe('a  b');
    expect(foldLines('\n\n')).toBe('');
  });
});

describe('terminal safety (11.12)', () => {
  it('U+2028 and U+2029 are line breaks, U+061C is removed, a tab never reaches a table cell', () => {
    expect(terminalSafe('a\u2028b\u2029c\u061cd')).toBe('a\nb\ncd');
    expect(oneLine('a\u2028b\tc')).toBe('a b c');
  });

  it('a quoted id shows where something was removed, so the message never reads as if the input were clean', () => {
    expect(quoted(`design${ESC}[31m`)).toBe(`"design${REMOVED_MARK}"`);
    expect(quoted(`a\u202eb\u0007c\u2028d`)).toBe(`"a${REMOVED_MARK}b${REMOVED_MARK}c d"`);
    const problems = checkProject(framework, { name: 'x', stages: { [`design${ESC}[31m`]: 'consult' } }).problems;
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^"design${REMOVED_MARK}" is not a stage`)),
    ]);
  });
});

describe('what a message quotes of a key or value (11.7)', () => {
  it(`at most ${QUOTE_LIMIT} characters, cut with "…", also for a key of 1,000 characters`, () => {
    const secret = `root:$6$${'s3cr3t'.repeat(200)}:19000:0:99999:7:::`;
    expect(quoted(secret)).toBe(`"${secret.slice(0, QUOTE_LIMIT)}…"`);
    const problems = checkProject(framework, { name: 'x', answers: { [secret]: 'yes' } }).problems;
    expect(problems[0]!.message).not.toContain(secret.slice(0, QUOTE_LIMIT + 1));
  });

  it(`a file's problems stop at ${MAX_ERRORS_PER_FILE}, with "and N more"`, () => {
    const errors = Array.from({ length: 75 }, (_, i) => ({ file: 'f.yaml', line: i + 1, message: `problem ${i}` }));
    const capped = capErrors(errors);
    expect(capped).toHaveLength(MAX_ERRORS_PER_FILE + 1);
    expect(capped.at(-1)).toEqual({ file: 'f.yaml', message: 'and 55 more problems in this file, not shown' });
    expect(capErrors(errors.slice(0, MAX_ERRORS_PER_FILE))).toHaveLength(MAX_ERRORS_PER_FILE);
  });
});

describe('a name must have visible text (11.21)', () => {
  for (const name of ['   ', '\t\n', '\u200b', '\u0007\u0008', `${ESC}`, '\u00ad\u2060']) {
    it(`${JSON.stringify(name)} is refused, as "" is`, () => {
      const { problems } = checkProject(framework, { name });
      expect(problems.map((p) => p.message)).toContain(
        '"name" has no visible text, only spaces or invisible characters: write the project\'s name',
      );
    });
  }
  it('a name with one visible character among spaces is fine', () => {
    expect(checkProject(framework, { name: '  é  ' }).problems).toEqual([]);
  });
});

describe('file names written into a template (11.19)', () => {
  for (const name of [
    'p\nname: injected\n.yaml',
    'p\rname: x.yaml',
    'a"b$c`d\\e.yaml',
    `t${ESC}]0;title\u0007.yaml`,
    'p\u2028q.yaml',
    'plain-name_1.yaml',
  ]) {
    it(`${JSON.stringify(name)} stays inside its comment line`, () => {
      const text = renderProjectYaml(framework, templateProject(), {
        fileName: name,
        schemaRef: `/x\n/y${ESC}[2J.json`,
      });
      const data = parse(text) as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(['answers', 'name', 'stages']);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(text).not.toMatch(/[\u001b\u0007\u2028\r]/);
      expect(text.split('\n').filter((line) => line.includes('copro validate'))).toHaveLength(1);
    });
  }
  it('a plain name is written as it is; another in double quotes with escapes', () => {
    expect(commentSafeName('my-project.yaml')).toBe('my-project.yaml');
    expect(commentSafeName('p\nname: injected\n.yaml')).toBe('"p\\nname: injected\\n.yaml"');
    expect(commentSafeName('my project.yaml')).toBe('"my project.yaml"');
  });
});

describe('init shows a custom framework without its escape sequences (11.11)', () => {
  const evil = (text: string) =>
    `${text}${ESC}[2J${ESC}]0;owned${ESC}\\${ESC}]8;;http://x.example${ESC}\\link${ESC}]8;;${ESC}\\\u202e\u009b31m`;
  const hostile: Framework = {
    ...framework,
    stages: framework.stages.map((s) => ({ ...s, label: evil(s.label), description: evil(s.description ?? '') })),
    levels: framework.levels.map((l) => ({
      ...l,
      label: evil(l.label),
      description: evil(l.description ?? ''),
      example: evil(l.example ?? ''),
    })),
    criteria: framework.criteria.map((c) => ({
      ...c,
      title: evil(c.title),
      summary: evil(c.summary),
      indicators: c.indicators.map((i) => ({
        ...i,
        question: evil(i.question),
        ...(i.yes ? { yes: evil(i.yes) } : {}),
        ...(i.partly ? { partly: evil(i.partly) } : {}),
      })),
    })),
  };

  it('the corpus framework escape-labels.yaml too', async () => {
    const { loadFramework } = await import('../../../src/io/load-framework.js');
    const loaded = await loadFramework(join(ROOT, 'test', 'corpus', 'frameworks', 'escape-labels.yaml'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const shown: string[] = [];
    const asker: Asker = {
      text: async ({ message }) => (shown.push(message), 'x'),
      choose: async ({ message, choices, default: initial }) => (
        shown.push(message, ...choices.map((c) => `${c.name ?? ''} ${c.description ?? ''}`)),
        initial
      ),
      confirm: async ({ message }) => (shown.push(message), true),
      say: (text) => void shown.push(text),
    };
    await askProject(asker, loaded.framework, () => true, PLAIN_STYLE);
    expect(shown.join('\n')).toContain('Shared power');
    for (const text of shown) expect(text).not.toMatch(TERMINAL_ACTIVE);
  });

  it('in every message, choice, description and explanation', async () => {
    const shown: string[] = [];
    const asker: Asker = {
      async text({ message }) {
        shown.push(message);
        return 'x';
      },
      async choose({ message, choices, default: initial }) {
        shown.push(message, ...choices.flatMap((c) => [c.name ?? '', c.description ?? '', c.short ?? '']));
        return choices.some((c) => c.value === 'by-group') ? ('by-group' as typeof initial) : initial;
      },
      async confirm({ message }) {
        shown.push(message);
        return true;
      },
      say: (text) => void shown.push(text),
    };
    const project = await askProject(asker, hostile, () => true, PLAIN_STYLE);
    expect(shown.length).toBeGreaterThan(framework.stages.length + framework.criteria.length);
    for (const text of shown) expect(text).not.toMatch(TERMINAL_ACTIVE);
    expect(shown.some((text) => text.includes(framework.criteria[0]!.title))).toBe(true);
    expect(Object.keys(project.stages)).toEqual(framework.stages.map((s) => s.id));
  });
});

describe('Markdown: addresses in text do not become links (11.22)', () => {
  const links = (markdown: string) => {
    const all = (list: Tokens.Generic[]): Tokens.Generic[] =>
      list.flatMap((t) => [t, ...all((t.tokens as Tokens.Generic[] | undefined) ?? [])]);
    return all(marked.lexer(markdown, { gfm: true }) as Tokens.Generic[]).filter((t) => t.type === 'link');
  };
  for (const text of [
    'See https://evil.example/x now',
    'www.example.org',
    'Mail bob@example.com',
    'mailto:amy@example.net',
    'ftp://files.example.com',
    'HTTP://LOUD.EXAMPLE',
    'WWW.EXAMPLE.COM',
  ]) {
    it(`${text}: no link, and the same words on the page`, () => {
      const markdown = markdownText(text);
      expect(links(markdown)).toEqual([]);
      expect(marked.parseInline(markdown, { gfm: true })).toBe(text.replace(/&/g, '&amp;'));
    });
  }
});

describe('a framework cannot make a score that is not finite (11.16)', () => {
  it('a .nan or .inf anywhere in it is refused by the rules, where it is', async () => {
    const { checkFramework } = await import('../../../src/core/framework/framework-rules.js');
    const broken = structuredClone(framework);
    broken.criteria[2]!.weight = Number.NaN;
    broken.scoring.points.partly = Number.POSITIVE_INFINITY;
    const problems = checkFramework(broken).filter(
      (p) => p.message === 'this must be an ordinary number, not .inf or .nan',
    );
    expect(problems.map((p) => p.path)).toEqual([
      ['scoring', 'points', 'partly'],
      ['criteria', 2, 'weight'],
    ]);
  });

  it('at the largest weights and points the schema allows, every score is a finite number from 0 to 100', async () => {
    const { assessProject } = await import('../../../src/core/assess/assess.js');
    const heavy = structuredClone(framework);
    heavy.scoring.points = { yes: 100, partly: 100, no: 0, unknown: 0 };
    heavy.scoring.unevidencedPoints = { yes: 100, partly: 100 };
    for (const c of heavy.criteria) c.weight = 100;
    const answers = Object.fromEntries(
      heavy.criteria.flatMap((c) => c.indicators).map((i) => [i.id, { answer: 'yes' as const }]),
    );
    const result = assessProject(heavy, { name: 'x', stages: {}, answers });
    const scores = [result.score, result.completeness, ...result.criteria.map((c) => c.score)];
    for (const score of scores)
      expect(Number.isFinite(score) && score! >= 0 && score! <= 100, String(score)).toBe(true);
  });
});
