// Checks a framework's meaning once its shape has passed the JSON Schema: every id unique, every
// reference resolving, every source item cited, and classes that always yield a result. Each rule
// is a small function that returns problems located by path.
import { cueProblems } from '../draft/cue-rules.js';
import { didYouMean, listWords } from '../shared/did-you-mean.js';
import type { DocPath, Problem } from '../model/problem.js';
import { quoted } from '../shared/text.js';
import type { ClassDef, Framework, Requirement } from '../model/types.js';

/** The class ids of the co-production scale in the report contract, strongest first. */
const CLASS_IDS = ['co-production', 'partial-co-production', 'consultation'] as const;
/** The outcomes off the scale (added in framework 3.0.0); a framework may leave them out. */
export const OFF_SCALE_IDS = ['not-yet-assessable', 'community-led-action'] as const;
const RESERVED = new Set(['unknown', 'n/a']);

type Rule = (framework: Framework) => Problem[];

function duplicates(entries: { id: string; path: DocPath }[], what: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { id, path } of entries) {
    if (seen.has(id))
      problems.push({
        path: [...path, 'id'],
        message: `${what} id ${quoted(id)} is used more than once: ids must be unique`,
      });
    seen.add(id);
  }
  return problems;
}

function reference(id: string, known: Set<string>, what: string, path: DocPath): Problem[] {
  if (known.has(id)) return [];
  return [{ path, message: `${quoted(id)} is not a ${what} of this framework${didYouMean(id, known)}` }];
}

const itemIds = (f: Framework) => new Set(f.sources.flatMap((s) => s.items.map((i) => i.id)));
const levelIds = (f: Framework) => new Set(f.levels.map((l) => l.id));
const stageIds = (f: Framework) => new Set(f.stages.map((s) => s.id));

const requiredParts: Rule = (f) => {
  const problems: Problem[] = [];
  for (const key of ['id', 'name', 'version'] as const) {
    if (!f[key]) problems.push({ path: [], message: `the framework needs a "${key}"` });
  }
  for (const key of ['sources', 'stages', 'levels', 'criteria', 'classes'] as const) {
    if (!f[key] || f[key].length === 0)
      problems.push({ path: [], message: `the framework needs at least one entry under "${key}"` });
  }
  return problems;
};

const completeCriteria: Rule = (f) =>
  f.criteria.flatMap((c, i) =>
    (['title', 'summary', 'weight', 'sources', 'indicators'] as const)
      .filter((key) => c[key] === undefined || (Array.isArray(c[key]) && c[key].length === 0))
      .map((key) => ({ path: ['criteria', i], message: `criterion "${c.id}" needs "${key}"` })),
  );

// An indicator that extends one of the same id may give only the fields it changes, so its
// question is required of the merged framework rather than of each file.
const indicatorsAsked: Rule = (f) =>
  f.criteria.flatMap((c, i) =>
    (c.indicators ?? [])
      .map((ind, j) => ({ ind, j }))
      .filter(({ ind }) => !ind.question)
      .map(({ ind, j }) => ({
        path: ['criteria', i, 'indicators', j],
        message: `indicator "${ind.id}" needs a "question"`,
      })),
  );

const uniqueIds: Rule = (f) => [
  ...duplicates(
    f.sources.map((s, i) => ({ id: s.id, path: ['sources', i] })),
    'source',
  ),
  ...duplicates(
    f.sources.flatMap((s, i) => s.items.map((it, j) => ({ id: it.id, path: ['sources', i, 'items', j] }))),
    'source item',
  ),
  ...duplicates(
    f.stages.map((s, i) => ({ id: s.id, path: ['stages', i] })),
    'stage',
  ),
  ...duplicates(
    f.levels.map((l, i) => ({ id: l.id, path: ['levels', i] })),
    'level',
  ),
  ...duplicates(
    f.criteria.map((c, i) => ({ id: c.id, path: ['criteria', i] })),
    'criterion',
  ),
  ...duplicates(
    f.criteria.flatMap((c, i) =>
      (c.indicators ?? []).map((ind, j) => ({ id: ind.id, path: ['criteria', i, 'indicators', j] })),
    ),
    'indicator',
  ),
  ...duplicates(
    f.classes.map((c, i) => ({ id: c.id, path: ['classes', i] })),
    'class',
  ),
  ...duplicates(
    (f.models ?? []).map((m, i) => ({ id: m.id, path: ['models', i] })),
    'model',
  ),
  ...duplicates(
    (f.partners ?? []).map((p, i) => ({ id: p.id, path: ['partners', i] })),
    'partner',
  ),
  ...duplicates(
    (f.terms ?? []).map((t, i) => ({ id: t.id, path: ['terms', i] })),
    'term',
  ),
];

/**
 * An old indicator id keeps project files working, so it must lead to exactly one place: no two
 * indicators may claim it, and it may not be a live id or a retired one.
 */
const indicatorAliases: Rule = (f) => {
  const live = new Set(f.criteria.flatMap((c) => (c.indicators ?? []).map((i) => i.id)));
  const retired = new Set((f.retired ?? []).map((r) => r.id));
  const claimed = new Map<string, string>();
  const problems: Problem[] = [];
  f.criteria.forEach((c, i) =>
    (c.indicators ?? []).forEach((ind, j) =>
      (ind.aliases ?? []).forEach((alias, k) => {
        const path = ['criteria', i, 'indicators', j, 'aliases', k];
        const owner = claimed.get(alias);
        if (live.has(alias))
          problems.push({
            path,
            message: `"${alias}" is an indicator's id now, so it cannot also be an earlier id of "${ind.id}"`,
          });
        else if (retired.has(alias))
          problems.push({
            path,
            message: `"${alias}" is listed as retired, so it cannot also be an earlier id of "${ind.id}"`,
          });
        else if (owner)
          problems.push({
            path,
            message: `"${alias}" is already an earlier id of "${owner}": an old id can lead to one indicator only`,
          });
        claimed.set(alias, ind.id);
      }),
    ),
  );
  (f.retired ?? []).forEach((r, i) => {
    if (live.has(r.id))
      problems.push({
        path: ['retired', i, 'id'],
        message: `"${r.id}" is listed as retired but is still an indicator of the framework`,
      });
  });
  return problems;
};

const stageTests: Rule = (f) => {
  const levels = levelIds(f);
  return f.stages.flatMap((s, i) =>
    Object.keys(s.tests ?? {}).flatMap((level) => reference(level, levels, 'level', ['stages', i, 'tests', level])),
  );
};

const modelReferences: Rule = (f) => {
  const models = new Set((f.models ?? []).map((m) => m.id));
  const cite = (ids: string[] | undefined, path: DocPath) =>
    (ids ?? []).flatMap((id, j) => reference(id, models, 'model', [...path, 'models', j]));
  return [
    ...f.criteria.flatMap((c, i) => cite(c.models, ['criteria', i])),
    ...f.levels.flatMap((l, i) => cite(l.models, ['levels', i])),
    ...f.classes.flatMap((c, i) => cite(c.models, ['classes', i])),
    ...(f.terms ?? []).flatMap((t, i) => cite(t.models, ['terms', i])),
  ];
};

const termReferences: Rule = (f) => {
  const items = itemIds(f);
  const classes = new Set(f.classes.map((c) => c.id));
  const sources = new Set(f.sources.map((s) => s.id));
  return (f.terms ?? []).flatMap((t, i) => [
    ...(t.quality ? reference(t.quality.source, sources, 'source', ['terms', i, 'quality', 'source']) : []),
    ...(t.sources ?? []).flatMap((id, j) => reference(id, items, 'source item', ['terms', i, 'sources', j])),
    ...(t.class ? reference(t.class, classes, 'class', ['terms', i, 'class']) : []),
    ...(t.class && t.shows
      ? [{ path: ['terms', i], message: `term "${t.id}" needs "class" or "shows", not both` }]
      : []),
    ...(t.shows ?? []).flatMap((r, j) => requirementProblems(f, r, ['terms', i, 'shows', j])),
  ]);
};

const reservedIds: Rule = (f) =>
  [
    ...f.stages.map((s, i) => ({ id: s.id, path: ['stages', i, 'id'] })),
    ...f.levels.map((l, i) => ({ id: l.id, path: ['levels', i, 'id'] })),
  ]
    .filter(({ id }) => RESERVED.has(id))
    .map(({ id, path }) => ({
      path,
      message: `"${id}" is reserved for project files (not described / does not apply) and cannot be a stage or level id`,
    }));

const indicatorIdsNamed: Rule = (f) =>
  f.criteria.flatMap((c, i) =>
    (c.indicators ?? [])
      .map((ind, j) => ({ ind, j }))
      .filter(({ ind }) => !ind.id.startsWith(`${c.id}.`))
      .map(({ ind, j }) => ({
        path: ['criteria', i, 'indicators', j, 'id'],
        message: `indicator id "${ind.id}" should start with its criterion's id, as "${c.id}.${ind.id.split('.').pop()}"`,
      })),
  );

const criterionReferences: Rule = (f) => {
  const items = itemIds(f);
  const stages = stageIds(f);
  const levels = levelIds(f);
  return f.criteria.flatMap((c, i) => [
    ...(c.sources ?? []).flatMap((id, j) => reference(id, items, 'source item', ['criteria', i, 'sources', j])),
    ...(c.indicators ?? []).flatMap((ind, j) => [
      ...(ind.stage ? reference(ind.stage, stages, 'stage', ['criteria', i, 'indicators', j, 'stage']) : []),
      ...(ind.impliesLevel
        ? reference(ind.impliesLevel, levels, 'level', ['criteria', i, 'indicators', j, 'impliesLevel'])
        : []),
      ...(Boolean(ind.stage) !== Boolean(ind.impliesLevel)
        ? [
            {
              path: ['criteria', i, 'indicators', j],
              message: `indicator "${ind.id}" needs both "stage" and "impliesLevel", or neither`,
            },
          ]
        : []),
    ]),
  ]);
};

const levelReferences: Rule = (f) => {
  const items = itemIds(f);
  return [
    ...f.levels.flatMap((l, i) =>
      (l.sources ?? []).flatMap((id, j) => reference(id, items, 'source item', ['levels', i, 'sources', j])),
    ),
    ...reference(f.scoring.sharedFrom, levelIds(f), 'level', ['scoring', 'sharedFrom']),
  ];
};

const everyItemCited: Rule = (f) => {
  const cited = new Set(f.criteria.flatMap((c) => c.sources ?? []));
  return f.sources.flatMap((s, i) =>
    s.items
      .map((item, j) => ({ item, j }))
      .filter(({ item }) => !cited.has(item.id))
      .map(({ item, j }) => ({
        path: ['sources', i, 'items', j],
        message: `source item "${item.id}" (${item.name}) is not cited by any criterion: every item must inform at least one criterion`,
      })),
  );
};

function requirementProblems(f: Framework, r: Requirement, path: DocPath): Problem[] {
  const conditions = (
    ['stageLevel', 'partners', 'answer', 'score', 'criterionScore', 'completeness', 'not', 'anyOf', 'allOf'] as const
  ).filter((k) => r[k] !== undefined);
  if (conditions.length !== 1) {
    return [
      {
        path,
        message: `requirement "${r.id}" needs exactly one condition (stageLevel, partners, answer, score, criterionScore, completeness, not, anyOf or allOf); it has ${conditions.length === 0 ? 'none' : listWords(conditions)}`,
      },
    ];
  }
  if (r.not) return requirementProblems(f, r.not, [...path, 'not']);
  if (r.answer) {
    const indicators = new Set(f.criteria.flatMap((c) => (c.indicators ?? []).map((i) => i.id)));
    return reference(r.answer.indicator, indicators, 'indicator', [...path, 'answer', 'indicator']);
  }
  if (r.stageLevel) {
    const stages = stageIds(f);
    const { count = 1 } = r.stageLevel;
    return [
      ...r.stageLevel.stages.flatMap((id, j) => reference(id, stages, 'stage', [...path, 'stageLevel', 'stages', j])),
      ...reference(r.stageLevel.atLeast, levelIds(f), 'level', [...path, 'stageLevel', 'atLeast']),
      ...(count > r.stageLevel.stages.length
        ? [
            {
              path: [...path, 'stageLevel', 'count'],
              message: `count ${count} is more than the ${r.stageLevel.stages.length} stages listed`,
            },
          ]
        : []),
    ];
  }
  if (r.criterionScore) {
    return reference(r.criterionScore.criterion, new Set(f.criteria.map((c) => c.id)), 'criterion', [
      ...path,
      'criterionScore',
      'criterion',
    ]);
  }
  const group = r.anyOf ? 'anyOf' : r.allOf ? 'allOf' : undefined;
  return group ? r[group]!.flatMap((child, j) => requirementProblems(f, child, [...path, group, j])) : [];
}

const classRequirements: Rule = (f) =>
  f.classes.flatMap((c: ClassDef, i) => [
    ...(c.sources ?? []).flatMap((id, j) => reference(id, itemIds(f), 'source item', ['classes', i, 'sources', j])),
    ...(c.label ? [] : [{ path: ['classes', i], message: `class "${c.id}" needs a "label"` }]),
    ...duplicates(
      (c.requires ?? []).map((r, j) => ({ id: r.id, path: ['classes', i, 'requires', j] })),
      'requirement',
    ),
    ...(c.requires ?? []).flatMap((r, j) => requirementProblems(f, r, ['classes', i, 'requires', j])),
  ]);

const contractClasses: Rule = (f) => {
  // The scale is the contract: exactly its three classes, in order. Outcomes off the scale may come
  // before them (they are checked first), and only the known ones, marked offScale.
  const scale = f.classes.filter((c) => !c.offScale).map((c) => c.id);
  const problems: Problem[] = [];
  if (scale.join() !== CLASS_IDS.join())
    problems.push({
      path: ['classes'],
      message: `the classes on the co-production scale must be exactly ${listWords(CLASS_IDS.map((id) => `"${id}"`))}, in that order (found ${scale.map((id) => `"${id}"`).join(', ') || 'none'})`,
    });
  f.classes.forEach((c, i) => {
    if (!c.offScale) return;
    if (!(OFF_SCALE_IDS as readonly string[]).includes(c.id))
      problems.push({
        path: ['classes', i, 'id'],
        message: `"${c.id}" cannot be a class off the scale: those are ${listWords(OFF_SCALE_IDS.map((id) => `"${id}"`))}`,
      });
    if (f.classes.slice(0, i).some((before) => !before.offScale))
      problems.push({
        path: ['classes', i],
        message: `"${c.id}" is off the scale, so it must come before the classes on the scale (it is checked first)`,
      });
  });
  if (problems.length > 0) return problems;
  const last = f.classes[f.classes.length - 1]!;
  return (last.requires ?? []).length === 0
    ? []
    : [
        {
          path: ['classes', f.classes.length - 1, 'requires'],
          message: `the last class ("${last.id}") must have no requirements, so that every project gets a class`,
        },
      ];
};

const sensiblePoints: Rule = (f) => {
  const { points, unevidencedPoints } = f.scoring;
  const problems: Problem[] = [];
  if (!(points.yes > 0))
    problems.push({ path: ['scoring', 'points', 'yes'], message: 'points for "yes" must be more than 0' });
  for (const answer of ['partly', 'no', 'unknown'] as const) {
    if (points[answer] > points.yes)
      problems.push({
        path: ['scoring', 'points', answer],
        message: `points for "${answer}" cannot be more than for "yes"`,
      });
  }
  for (const answer of ['yes', 'partly'] as const) {
    if (unevidencedPoints[answer] > points[answer]) {
      problems.push({
        path: ['scoring', 'unevidencedPoints', answer],
        message: `an unevidenced "${answer}" cannot earn more than an evidenced one (${points[answer]})`,
      });
    }
  }
  return problems;
};

/** Where a number that is not finite (YAML's .inf, .nan) sits in the framework, if anywhere. */
function nonFiniteNumbers(value: unknown, path: DocPath, found: DocPath[]): DocPath[] {
  if (typeof value === 'number' && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => nonFiniteNumbers(item, [...path, i], found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) nonFiniteNumbers(item, [...path, key], found);
  return found;
}

/**
 * Every number a score is made from is finite: the schema bounds weights and points (0-100), and
 * this refuses .inf and .nan wherever they are (the schema's bounds let .nan through), so every
 * score is a finite number by construction.
 */
const finiteNumbers: Rule = (f) =>
  nonFiniteNumbers(f, [], []).map((path) => ({ path, message: 'this must be an ordinary number, not .inf or .nan' }));

const RULES: Rule[] = [
  requiredParts,
  finiteNumbers,
  completeCriteria,
  indicatorsAsked,
  uniqueIds,
  indicatorAliases,
  reservedIds,
  stageTests,
  modelReferences,
  termReferences,
  indicatorIdsNamed,
  criterionReferences,
  levelReferences,
  everyItemCited,
  classRequirements,
  contractClasses,
  sensiblePoints,
  cueProblems,
];

export function checkFramework(framework: Framework): Problem[] {
  const basics = requiredParts(framework);
  if (basics.length > 0) return basics;
  return RULES.slice(1).flatMap((rule) => rule(framework));
}
