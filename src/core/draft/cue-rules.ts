// Checks the framework's `cues` once its shape has passed the JSON Schema: every stage, level and
// indicator they name exists, each phrase can be read, and no cue holds a negation word (the
// negation would cancel the cue it is part of) or a word that starts a clause (where sentences
// are split), either of which would keep the cue from ever being found.
import { parseCue, type ParsedCue } from './cues.js';
import { CLAUSE_WORDS } from './draft-cues.js';
import { didYouMean } from '../shared/did-you-mean.js';
import type { DocPath, Problem } from '../model/problem.js';
import type { Framework } from '../model/types.js';

function phraseProblems(phrases: readonly string[], negationWords: Set<string>, path: DocPath): Problem[] {
  return phrases.flatMap((phrase, k): Problem[] => {
    const parsed = parseCue(phrase);
    if (typeof parsed === 'string') return [{ path: [...path, k], message: `the cue "${phrase}" ${parsed}` }];
    const negation = (parsed as ParsedCue).words.find((w) => !w.prefix && negationWords.has(w.text));
    if (negation)
      return [
        {
          path: [...path, k],
          message: `the cue "${phrase}" holds the negation "${negation.text}", which would cancel it: write the cue without it`,
        },
      ];
    const clause = (parsed as ParsedCue).words.find((w) => !w.prefix && CLAUSE_WORDS.has(w.text));
    return clause
      ? [
          {
            path: [...path, k],
            message: `the cue "${phrase}" holds "${clause.text}", which starts a new clause, so the cue could never be found whole: write it without`,
          },
        ]
      : [];
  });
}

function unknownId(id: string, known: Set<string>, what: string, path: DocPath): Problem[] {
  return known.has(id) ? [] : [{ path, message: `"${id}" is not ${what} of this framework${didYouMean(id, known)}` }];
}

function repeated(ids: string[], what: string, path: (i: number) => DocPath): Problem[] {
  return ids.flatMap((id, i) =>
    ids.indexOf(id) < i
      ? [{ path: path(i), message: `the cues for ${what} "${id}" are given more than once: give them once` }]
      : [],
  );
}

/** Plain phrase lists of the reader: each phrase must parse (negations and clause words may stand in them). */
function readable(phrases: readonly string[] | undefined, path: DocPath): Problem[] {
  return (phrases ?? []).flatMap((phrase, k) => {
    const parsed = parseCue(phrase);
    return typeof parsed === 'string' ? [{ path: [...path, k], message: `the phrase "${phrase}" ${parsed}` }] : [];
  });
}

/** The reader's lexicons: stage and level ids of this framework, and phrases that can be read. */
function readerProblems(f: Framework, stages: Set<string>, levels: Set<string>, indicators: Set<string>): Problem[] {
  const reader = f.cues?.reader;
  if (!reader) return [];
  const base = ['cues', 'reader'];
  const byStage = (name: 'actions' | 'roles' | 'topics' | 'selfLabels' | 'beginnings' | 'tellingOthers') =>
    Object.entries(reader[name] ?? {}).flatMap(([stage, phrases]) => [
      ...unknownId(stage, stages, 'a stage', [...base, name, stage]),
      ...readable(phrases, [...base, name, stage]),
    ]);
  return [
    ...byStage('actions'),
    ...byStage('roles'),
    ...byStage('topics'),
    ...byStage('selfLabels'),
    ...byStage('beginnings'),
    ...byStage('tellingOthers'),
    ...Object.entries(reader.relations).flatMap(([level, phrases]) => [
      ...unknownId(level, levels, 'a level', [...base, 'relations', level]),
      ...readable(phrases, [...base, 'relations', level]),
    ]),
    ...Object.entries(reader.levels).flatMap(([key, level]) =>
      unknownId(level, levels, 'a level', [...base, 'levels', key]),
    ),
    ...(
      [
        'overruled',
        'lightVerbs',
        'actNouns',
        'groups',
        'leftOut',
        'endorsements',
        'plans',
        'aims',
        'equals',
        'notShared',
        'needWords',
        'memberLed',
        'hypothetical',
        'reporting',
        'eventsAboutTheWork',
      ] as const
    ).flatMap((name) => readable(reader[name], [...base, name])),
    ...Object.entries(reader.partOf ?? {}).flatMap(([from, into]) => [
      ...unknownId(from, stages, 'a stage', [...base, 'partOf']),
      ...unknownId(into, stages, 'a stage', [...base, 'partOf', from]),
    ]),
    ...Object.entries(reader.aboutNeeds ?? {}).flatMap(([from, into]) => [
      ...unknownId(from, stages, 'a stage', [...base, 'aboutNeeds']),
      ...unknownId(into, stages, 'a stage', [...base, 'aboutNeeds', from]),
    ]),
    ...(reader.notWhenConsulting ?? []).flatMap((stage, i) =>
      unknownId(stage, stages, 'a stage', [...base, 'notWhenConsulting', i]),
    ),
    ...Object.entries(reader.needsNamed ?? {}).flatMap(([from, into]) => [
      ...unknownId(from, stages, 'a stage', [...base, 'needsNamed']),
      ...unknownId(into, stages, 'a stage', [...base, 'needsNamed', from]),
    ]),
    ...(reader.stageAnswers ?? []).flatMap((rule, i) => [
      ...unknownId(rule.id, indicators, 'an indicator', [...base, 'stageAnswers', i, 'id']),
      ...unknownId(rule.stage, stages, 'a stage', [...base, 'stageAnswers', i, 'stage']),
      ...unknownId(rule.atLeast, levels, 'a level', [...base, 'stageAnswers', i, 'atLeast']),
    ]),
    ...(['greetings', 'signOffs', 'replies', 'footers', 'asides'] as const).flatMap((name) =>
      readable(reader.furniture?.[name], [...base, 'furniture', name]),
    ),
  ];
}

export function cueProblems(f: Framework): Problem[] {
  const cues = f.cues;
  if (!cues) return [];
  const negationWords = new Set(
    cues.negations
      .map(parseCue)
      .filter((p): p is ParsedCue => typeof p !== 'string' && p.words.length === 1)
      .map((p) => p.words[0]!.text),
  );
  const stages = new Set(f.stages.map((s) => s.id));
  const levels = new Set(f.levels.map((l) => l.id));
  const indicators = new Set(f.criteria.flatMap((c) => c.indicators.map((i) => i.id)));
  return [
    ...readerProblems(f, stages, levels, indicators),
    ...cues.negations.flatMap((phrase, k) => {
      const parsed = parseCue(phrase);
      return typeof parsed === 'string'
        ? [{ path: ['cues', 'negations', k], message: `the negation "${phrase}" ${parsed}` }]
        : [];
    }),
    ...phraseProblems(cues.notNegations ?? [], new Set(), ['cues', 'notNegations']),
    ...repeated(
      (cues.stages ?? []).map((s) => s.id),
      'stage',
      (i) => ['cues', 'stages', i, 'id'],
    ),
    ...repeated(
      cues.answers.map((a) => a.id),
      'indicator',
      (i) => ['cues', 'answers', i, 'id'],
    ),
    ...(cues.stages ?? []).flatMap((s, i) => [
      ...unknownId(s.id, stages, 'a stage', ['cues', 'stages', i, 'id']),
      ...Object.entries(s.levels).flatMap(([level, phrases]) => [
        ...unknownId(level, levels, 'a level', ['cues', 'stages', i, 'levels', level]),
        ...phraseProblems(phrases, negationWords, ['cues', 'stages', i, 'levels', level]),
      ]),
    ]),
    ...cues.answers.flatMap((a, i) => [
      ...unknownId(a.id, indicators, 'an indicator', ['cues', 'answers', i, 'id']),
      ...(['yes', 'partly', 'no'] as const).flatMap((answer) =>
        phraseProblems(a[answer] ?? [], negationWords, ['cues', 'answers', i, answer]),
      ),
    ]),
  ];
}
