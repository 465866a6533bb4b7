// Properties that must hold for every project, not just the examples: checked with fast-check on
// randomly generated projects (valid ones through the real loader, then the scorer) and random
// broken documents (the loaders must answer with errors, never throw).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { checkFramework } from '../../../../src/core/framework/framework-rules.js';
import { levelRank } from '../../../../src/core/framework/levels.js';
import { ANSWERS, type Answer, type Project } from '../../../../src/core/model/types.js';
import { loadProjectBytes } from '../../../../src/io/load-project.js';
import { parseYamlText } from '../../../../src/io/read-yaml.js';
import { schemaProblems } from '../../../../src/io/schema-messages.js';
import { schemaErrors } from '../../../../src/io/schema-validators.js';
import { defaultFramework, ROOT } from '../../../helpers.js';

const framework = await defaultFramework();
// Modest by default, to keep `npm test` fast; COPRO_PROPERTY_RUNS=5000 for a deeper search.
const RUNS = { numRuns: Number(process.env.COPRO_PROPERTY_RUNS) || 200 };

const stageIds = framework.stages.map((s) => s.id);
const levelIds = framework.levels.map((l) => l.id);
const indicators = framework.criteria.flatMap((c) => c.indicators.map((i) => ({ id: i.id, criterion: c.id })));
const classRank = (id: string) => framework.classes.findIndex((c) => c.id === id); // 0 is the highest class

// ---- generators -----------------------------------------------------------------------------

const evidence = fc.option(fc.string({ maxLength: 30 }), { nil: undefined });
/** An entry in its short form ("yes") or long form ({ answer: yes, evidence: … }). */
const entry = (key: 'level' | 'answer', value: fc.Arbitrary<string>) =>
  fc.oneof(
    value,
    fc.tuple(value, evidence).map(([v, text]) => (text === undefined ? { [key]: v } : { [key]: v, evidence: text })),
  );

const stagesArb = fc.dictionary(
  fc.constantFrom(...stageIds),
  entry('level', fc.constantFrom(...levelIds, 'unknown', 'n/a')),
  { maxKeys: stageIds.length },
);
const answersArb = fc.dictionary(
  fc.constantFrom(...indicators.map((i) => i.id)),
  entry('answer', fc.constantFrom(...ANSWERS)),
);

const projectDocument = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => /[^\s\p{C}]/u.test(name)), // a name needs visible text
    organisation: fc.string({ maxLength: 20 }),
    year: fc.integer({ min: 1800, max: 2100 }),
    describedAs: fc.constantFrom('co-production', 'co-design', 'consultation', 'engagement'),
    stages: stagesArb,
    answers: answersArb,
  },
  { requiredKeys: ['name'] },
);

/** A random valid project, as a person would write it, read through the real loader. */
const validProject = projectDocument.map((document) => {
  const loaded = loadProjectBytes(framework, 'random.yaml', Buffer.from(stringify(document)));
  if (!loaded.ok)
    throw new Error(`generated project refused: ${JSON.stringify(loaded.errors)}\n${stringify(document)}`);
  return loaded.project;
});

const withAnswer = (project: Project, id: string, answer: Answer, text?: string): Project => ({
  ...project,
  answers: { ...project.answers, [id]: text === undefined ? { answer } : { answer, evidence: text } },
});
const withLevel = (project: Project, stage: string, level: string): Project => ({
  ...project,
  stages: { ...project.stages, [stage]: { level } },
});

const inRange = (value: number | null) => value === null || (value >= 0 && value <= 100);

// ---- the scorer ---------------------------------------------------------------------------------

describe('the scorer, for any valid project', () => {
  it('gives a class of the framework, and every score and completeness within 0–100', () => {
    fc.assert(
      fc.property(validProject, (project) => {
        const card = assessProject(framework, project);
        expect(classRank(card.classification.id)).toBeGreaterThanOrEqual(0);
        expect(inRange(card.score) && card.score !== null).toBe(true);
        expect(inRange(card.completeness)).toBe(true);
        for (const c of card.criteria) expect(inRange(c.score)).toBe(true);
        for (const s of card.sources) expect([s.score, ...s.items.map((i) => i.score)].every(inRange)).toBe(true);
        expect(card.classification.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never lowers a criterion score, the overall score or the class when an answer goes from no to yes', () => {
    fc.assert(
      fc.property(validProject, fc.constantFrom(...indicators), evidence, (project, indicator, text) => {
        const before = assessProject(framework, withAnswer(project, indicator.id, 'no', text));
        const after = assessProject(framework, withAnswer(project, indicator.id, 'yes', text));
        const criterion = (card: typeof before) => card.criteria.find((c) => c.id === indicator.criterion)!.score!;
        expect(criterion(after)).toBeGreaterThanOrEqual(criterion(before));
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(classRank(after.classification.id)).toBeLessThanOrEqual(classRank(before.classification.id));
      }),
      RUNS,
    );
  });

  it('never lowers the class when a stage is raised to a higher level (or from "not described" to any level)', () => {
    const lower = fc.constantFrom('unknown', ...levelIds);
    fc.assert(
      fc.property(
        validProject,
        fc.constantFrom(...stageIds),
        lower,
        fc.constantFrom(...levelIds),
        (project, stage, a, b) => {
          const [low, high] = levelRank(framework, a) <= levelRank(framework, b) ? [a, b] : [b, a];
          const before = assessProject(framework, withLevel(project, stage, low));
          const after = assessProject(framework, withLevel(project, stage, high));
          expect(classRank(after.classification.id)).toBeLessThanOrEqual(classRank(before.classification.id));
        },
      ),
      RUNS,
    );
  });
});

// ---- the loaders, on broken input -----------------------------------------------------------

/** The loader's answer, which must be a result: never an exception. */
function load(bytes: Buffer) {
  const result = loadProjectBytes(framework, 'broken.yaml', bytes);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.file).toBe('broken.yaml');
      expect(error.message).toMatch(/^\S[^\n]*$/); // one plain line
      if (error.line !== undefined) expect(error.line).toBeGreaterThanOrEqual(1);
      if (error.column !== undefined) expect(error.column).toBeGreaterThanOrEqual(1);
    }
  }
  return result;
}

// Pieces of YAML syntax, so that random text reaches deep into the parser rather than stopping at
// the first character.
const YAML_PIECES = [
  'name',
  'stages',
  'answers',
  'design',
  'yes',
  ':',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '&a ',
  '*a',
  '!!str ',
  '!tag ',
  '---\n',
  '...\n',
  '#',
  '|',
  '>',
  '? ',
  '%YAML 1.1\n',
  '\n',
  '  ',
  '\t',
  '\r\n',
  '\u00e9',
  '\ufeff',
  '\u0000',
  '__proto__',
];
const yamlish = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('the loaders, for any broken document', () => {
  it('name an unknown key that is itself a map on one line (found by the property below: "? : #")', () => {
    const result = load(Buffer.from('? : #\n'));
    expect(result.ok).toBe(false);
  });

  it('answer random bytes with errors, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void load(Buffer.from(bytes))),
      RUNS,
    );
  });

  it('answer random text made of YAML syntax with errors or a project, never an exception', () => {
    fc.assert(
      fc.property(yamlish, (text) => void load(Buffer.from(text))),
      RUNS,
    );
  });

  it('answer any YAML value of the wrong shape with errors', () => {
    const notAMap = fc.oneof(fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)));
    fc.assert(
      fc.property(notAMap, (value) => {
        expect(load(Buffer.from(stringify(value))).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('answer a project with any field replaced by any value with errors or a project, never an exception', () => {
    const field = fc.constantFrom(
      'name',
      'year',
      'summary',
      'stages',
      'answers',
      'tags',
      'references',
      'describedAs',
      'unknown-field',
    );
    const deepField = fc.constantFrom(
      ...stageIds.map((s) => ['stages', s]),
      ...indicators.slice(0, 10).map((i) => ['answers', i.id]),
    );
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf');
    fc.assert(
      fc.property(
        projectDocument,
        field,
        deepField,
        fc.jsonValue({ maxDepth: 3 }),
        hostileKey,
        (document, key, [outer, inner], value, hostile) => {
          const broken: Record<string, unknown> = { ...document, [key]: value };
          broken[outer!] = {
            ...(typeof broken[outer!] === 'object' ? (broken[outer!] as object) : {}),
            [inner!]: value,
            [hostile]: value,
          };
          load(Buffer.from(stringify(broken)));
        },
      ),
      RUNS,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('framework checks, for any damaged framework', () => {
  const raw = parseYamlText('framework.yaml', readFileSync(join(ROOT, 'criteria', 'framework.yaml'), 'utf8'));
  const data = raw.ok ? (raw.source.data as Record<string, unknown[]>) : {};

  it('answer a framework with an entry replaced by any value with problems, never an exception', () => {
    const list = fc.constantFrom('sources', 'stages', 'levels', 'criteria', 'classes');
    fc.assert(
      fc.property(
        list,
        fc.nat(),
        fc.constantFrom('id', 'title', 'weight', 'sources', 'indicators', 'requires', 'items', 'label'),
        fc.jsonValue({ maxDepth: 2 }),
        (key, n, field, value) => {
          const entries = [...data[key]!] as Record<string, unknown>[];
          const index = n % entries.length;
          entries[index] = { ...entries[index], [field]: value };
          const damaged = { ...data, [key]: entries };
          const shape = schemaProblems(schemaErrors('framework', damaged));
          // Only a framework of the right shape reaches the meaning checks, as in loadFramework.
          if (shape.length === 0) checkFramework(damaged as never);
        },
      ),
      RUNS,
    );
  });
});
