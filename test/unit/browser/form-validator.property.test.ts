// One validator for the page and the CLI, as a property: whatever someone types into the
// self-assessment page or loads into it (hostile files and tampered saved state included), a file
// the page lets them download is read without a problem by the CLI's own path (loadProjectBytes:
// YAML, the project schema, the framework's rules, as `copro validate`), and nothing the page does
// with it throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  fieldProblem,
  keepWhatFits,
  loadProjectText,
  projectFileOf,
  savedState,
  withEntry,
} from '../../../src/browser/form-state.js';
import type { RawProject } from '../../../src/core/project/project-rules.js';
import { loadProjectBytes } from '../../../src/io/load-project.js';
import { defaultFramework } from '../../helpers.js';

const framework = await defaultFramework();
const indicators = framework.criteria.flatMap((c) => c.indicators.map((i) => i.id));
const levels = [...framework.levels.map((l) => l.id), 'unknown', 'n/a', 'not-yet'];

/** Text as people paste it: ordinary words, years and their kin, invisible and control characters, very long. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    '\u200b\u200b',
    '\u00a0',
    'name: x',
    '# not a comment',
    '"quoted"',
    "it's",
    '- a list',
    '2021 - still going',
    'Spring 2022',
    'since 2019',
    '2016 onwards',
    '2023/24',
    '2019',
    '../x',
    '\u001b[31mred\u001b[0m',
    'a\nb',
    'x'.repeat(250),
  ),
);

/** The page's answers, as a person gives them through its fields. */
const answers = fc.record({
  name: hostileText,
  details: fc.dictionary(fc.constantFrom('organisation', 'location', 'summary', 'describedAs', 'year'), hostileText),
  kinds: fc.subarray(framework.partners.map((p) => p.id)),
  others: fc.array(
    fc.record({ name: hostileText, side: fc.option(fc.constantFrom('community', 'service'), { nil: undefined }) }),
    { maxLength: 3 },
  ),
  stages: fc.dictionary(
    fc.constantFrom(...framework.stages.map((s) => s.id)),
    fc.record({
      value: fc.constantFrom(...levels),
      plan: fc.option(fc.constantFrom(...framework.levels.map((l) => l.id)), { nil: undefined }),
      evidence: fc.option(hostileText, { nil: undefined }),
      suggested: fc.boolean(),
    }),
  ),
  answers: fc.dictionary(
    fc.constantFrom(...indicators.slice(0, 12)),
    fc.record({
      value: fc.constantFrom('yes', 'partly', 'no', 'unknown', 'n/a'),
      evidence: fc.option(hostileText, { nil: undefined }),
      suggested: fc.boolean(),
    }),
  ),
});

/** What the page holds after those answers: a detail is kept only when the shared check accepts it, as the field does. */
type Answers = typeof answers extends fc.Arbitrary<infer T> ? T : never;

function asThePageHoldsIt(given: Answers): RawProject {
  let raw: RawProject = { name: given.name, stages: {}, answers: {} };
  for (const [key, text] of Object.entries(given.details)) {
    const value = key === 'year' && /^\s*\d{4}\s*$/.test(text) ? Number(text.trim()) : text.trim();
    if (text.trim() !== '' && fieldProblem(framework, key, value) === undefined)
      (raw as unknown as Record<string, unknown>)[key] = value;
  }
  const partners = [
    ...given.kinds,
    ...given.others.filter((o) => o.name.trim() !== '').map((o) => (o.side ? o : o.name)),
  ];
  if (partners.length) raw.partners = partners as RawProject['partners'];
  for (const [id, entry] of Object.entries(given.stages)) raw = withEntry(raw, 'stages', id, entry);
  for (const [id, entry] of Object.entries(given.answers)) raw = withEntry(raw, 'answers', id, entry);
  return raw;
}

/** The CLI reads the downloaded file as `copro validate` does, and finds nothing wrong. */
function cliAccepts(text: string): void {
  const read = loadProjectBytes(framework, 'downloaded.yaml', Buffer.from(text));
  if (!read.ok) throw new Error(`copro refuses the page's file: ${JSON.stringify(read.errors)}\n${text}`);
}

/** Loaded data of every kind, in the places a project file has them and a few it should not. */
const loadedFile = fc.record(
  {
    name: fc.oneof(hostileText, fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })),
    summary: fc.oneof(hostileText, fc.integer(), fc.boolean()),
    organisation: fc.oneof(hostileText, fc.integer()),
    year: fc.oneof(hostileText, fc.integer({ min: -10, max: 3000 })),
    id: fc.oneof(hostileText, fc.constantFrom('leith-decides', '../x', 'A B')),
    assessment: fc.oneof(
      fc.record(
        {
          date: fc.oneof(hostileText, fc.constantFrom('yesterday', '2026-02-30', '2026-12-07')),
          by: hostileText,
          perspective: fc.oneof(hostileText, fc.constantFrom('staff', 'mixed')),
        },
        { requiredKeys: [] },
      ),
      hostileText,
    ),
    references: fc.array(fc.record({ title: fc.oneof(hostileText, fc.integer()), url: hostileText }), { maxLength: 3 }),
    partners: fc.oneof(
      fc.array(fc.oneof(hostileText, fc.record({ name: hostileText })), { maxLength: 3 }),
      hostileText,
    ),
    stages: fc.dictionary(
      fc.oneof(fc.constantFrom(...framework.stages.map((s) => s.id)), fc.constantFrom('defne', 'x')),
      fc.oneof(fc.constantFrom(...levels, 'Consult', 'lots'), fc.record({ level: hostileText, evidence: hostileText })),
    ),
    answers: fc.dictionary(
      fc.constantFrom(...indicators.slice(0, 8), 'not.a-question'),
      fc.oneof(fc.constantFrom('yes', 'no', 'Yes', 'maybe'), fc.integer()),
    ),
    extra: hostileText,
  },
  { requiredKeys: [] },
);

describe('one validator for the page and the CLI (fast-check)', () => {
  it('every file the page lets someone download from their answers passes copro validate', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const raw = asThePageHoldsIt(given);
        const { text, problems } = projectFileOf(framework, raw, 'downloaded.yaml');
        if (text === undefined) expect(problems.length).toBeGreaterThan(0);
        else cliAccepts(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a loaded file, however wrong, is kept field by field: what is kept downloads as a file copro accepts', () => {
    fc.assert(
      fc.property(loadedFile, (data) => {
        const loaded = loadProjectText(framework, stringify(data));
        if (!loaded.raw) {
          expect(loaded.problems.length).toBeGreaterThan(0);
          return;
        }
        const named = loaded.raw.name.trim() === '' ? { ...loaded.raw, name: 'Named at last' } : loaded.raw;
        const { text, problems } = projectFileOf(framework, named, 'loaded.yaml');
        if (text === undefined) throw new Error(`kept data the page cannot download: ${problems.join('; ')}`);
        cliAccepts(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a saved state that no longer fits is discarded, never half used', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ raw: loadedFile, step: fc.integer() })), (saved) => {
        const state = savedState(framework, saved, 23);
        if (!state) return;
        expect(state.step).toBeGreaterThanOrEqual(0);
        expect(state.step).toBeLessThan(23);
        const named = state.raw.name.trim() === '' ? { ...state.raw, name: 'Named' } : state.raw;
        const { text } = projectFileOf(framework, named, 'saved.yaml');
        if (text !== undefined) cliAccepts(text);
      }),
      { numRuns: 300 },
    );
  });

  it('names each wrong field of a hostile file and keeps the rest', () => {
    const { raw, problems } = keepWhatFits(framework, {
      name: 12,
      summary: 5,
      organisation: 'Harbour Trust',
      id: '../x',
      assessment: { date: 'yesterday', by: 'x'.repeat(201), perspective: 'staff' },
      references: [{ title: '' }, { title: 'Annual report' }],
      stages: { design: 'involve', defne: 'consult' },
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['assessment.by', 'assessment.date', 'id', 'name', 'references.0.title', 'stages.defne', 'summary'].sort(),
    );
    expect(raw).toMatchObject({
      name: '',
      organisation: 'Harbour Trust',
      assessment: { perspective: 'staff' },
      references: [{ title: 'Annual report' }],
      stages: { design: { level: 'involve' } },
    });
    expect(keepWhatFits(framework, { name: '\u200b\u200b' }).problems[0]).toMatch(/^name: .*no visible text/);
    // Years: the page takes exactly what the CLI takes, since it runs the same check.
    for (const year of ['2021 - still going', 'Spring 2022', 'since 2019', 'sometime soon', '1066'])
      expect(fieldProblem(framework, 'year', year) === undefined).toBe(
        loadProjectBytes(framework, 'y.yaml', Buffer.from(`name: x\nyear: ${year}\n`)).ok,
      );
  });
});
