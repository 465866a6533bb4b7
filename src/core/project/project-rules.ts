// Checks a schema-valid project against the framework in use (stage, level and indicator ids)
// and turns its short and long forms into one shape.
import { closest, closestDescribed, didYouMean, listWords, Suggester, type Described } from '../shared/did-you-mean.js';
import { isObject } from '../shared/plain-object.js';
import { allIndicators, perFramework } from '../framework/per-framework.js';
import type { Problem } from '../model/problem.js';
import { quoted } from '../shared/text.js';
import type { Answer, AnswerEntry, Framework, IdChange, Project, ProjectInfo, StageEntry } from '../model/types.js';
import { STAGE_STATES } from '../model/types.js';
import { yearProblem } from './year.js';

type RawEntry<K extends string, V> =
  V | ({ [key in K]: V } & { evidence?: string; suggested?: boolean; plan?: string });

export interface RawProject extends ProjectInfo {
  stages?: Record<string, RawEntry<'level', string>>;
  answers?: Record<string, RawEntry<'answer', Answer>>;
}

// The checks below also run on projects that failed the schema, so that one run reports every
// problem; entries of the wrong shape are skipped here (the schema has reported them).

function stageEntry(raw: RawEntry<'level', string>): StageEntry | undefined {
  if (typeof raw === 'string') return { level: raw };
  if (!isObject(raw) || typeof raw.level !== 'string') return undefined;
  const entry: StageEntry = { level: raw.level };
  if (typeof raw.plan === 'string') entry.plan = raw.plan;
  if (raw.evidence !== undefined) entry.evidence = raw.evidence;
  return withSuggested(entry, raw.suggested);
}

/** A draft's "suggested: true" is kept, so the verdict can say what rests on it; false is the same as absent. */
function withSuggested<T extends object>(entry: T, suggested: unknown): T & { suggested?: boolean } {
  return suggested === true ? { ...entry, suggested: true } : entry;
}

function answerEntry(raw: RawEntry<'answer', Answer>): AnswerEntry | undefined {
  if (typeof raw === 'string') return { answer: raw };
  if (!isObject(raw) || typeof raw.answer !== 'string') return undefined;
  return withSuggested(
    raw.evidence === undefined ? { answer: raw.answer } : { answer: raw.answer, evidence: raw.evidence },
    raw.suggested,
  );
}

interface KnownIds {
  stageIds: string[];
  levelIds: string[];
  indicatorIds: Set<string>;
  /** Earlier ids of indicators, each with the id it now has. */
  renamed: Map<string, string>;
  /** Ids of indicators no longer in the framework, with what became of them. */
  retired: Map<string, string>;
  partnerIds: string[];
  /** Each indicator with its question, so a half-remembered id finds the question it is about. */
  indicators: Described[];
}

// Gathered once per framework rather than for every project: a batch checks thousands against one.
const knownIds = perFramework((framework): KnownIds => ({
  stageIds: framework.stages.map((s) => s.id),
  levelIds: [...framework.levels.map((l) => l.id), ...STAGE_STATES],
  indicatorIds: new Set(allIndicators(framework).map((i) => i.id)),
  renamed: new Map(allIndicators(framework).flatMap((i) => (i.aliases ?? []).map((alias) => [alias, i.id] as const))),
  retired: new Map(framework.retired.map((r) => [r.id, r.note])),
  partnerIds: framework.partners.map((p) => p.id),
  indicators: allIndicators(framework).map((i) => ({ id: i.id, text: i.question })),
}));

export function checkProject(
  framework: Framework,
  raw: RawProject,
  shapeProblems: Problem[] = [],
): { project?: Project; problems: Problem[] } {
  const problems: Problem[] = [...shapeProblems];
  const { stageIds, levelIds, indicatorIds, indicators, renamed, retired, partnerIds } = knownIds(framework);
  const suggest = new Suggester();

  const stages: Record<string, StageEntry> = {};
  for (const [id, value] of Object.entries(isObject(raw.stages) ? raw.stages : {})) {
    const entry = stageEntry(value as RawEntry<'level', string>);
    if (!stageIds.includes(id)) {
      problems.push({
        path: ['stages', id],
        at: 'key',
        message: `${quoted(id)} is not a stage: use ${listWords(stageIds)}${suggest.didYouMean(id, (w) => closest(w, stageIds))}`,
      });
    }
    if (entry && !levelIds.includes(entry.level)) {
      problems.push({
        path: typeof value === 'string' ? ['stages', id] : ['stages', id, 'level'],
        message: `${quoted(entry.level)} is not a level: use one of ${listWords(levelIds)}${suggest.didYouMean(entry.level, (w) => closest(w, levelIds))}`,
      });
    }
    if (entry?.plan !== undefined && !framework.levels.some((l) => l.id === entry.plan)) {
      const planned = framework.levels.map((l) => l.id);
      problems.push({
        path: ['stages', id, 'plan'],
        message: `${quoted(entry.plan)} is not a level to plan for: use one of ${listWords(planned)}${suggest.didYouMean(entry.plan, (w) => closest(w, planned))}`,
      });
    }
    // Only known ids become keys, so a key such as "__proto__" never reaches an object's prototype.
    if (entry && stageIds.includes(id)) stages[id] = entry;
  }

  // The schema refuses "" only: a name of spaces or of invisible characters is as empty to a reader.
  if (typeof raw.name === 'string' && raw.name !== '' && !/[^\s\p{C}]/u.test(raw.name)) {
    problems.push({
      path: ['name'],
      message: '"name" has no visible text, only spaces or invisible characters: write the project\'s name',
    });
  }

  const answers: Record<string, AnswerEntry> = {};
  const idChanges: IdChange[] = [];
  for (const [given, value] of Object.entries(isObject(raw.answers) ? raw.answers : {})) {
    // Files written for an earlier framework keep working: an old id is read as the new one, and
    // a retired one is left out; the scorecard warns about both.
    const id = renamed.get(given) ?? given;
    if (id !== given) idChanges.push({ from: given, to: id });
    if (retired.has(given)) {
      idChanges.push({ from: given, note: retired.get(given) });
      continue;
    }
    if (id !== given && Object.hasOwn(raw.answers as object, id)) {
      problems.push({
        path: ['answers', given],
        at: 'key',
        message: `${quoted(given)} is an earlier id of "${id}", which the file answers too: keep one of the two`,
      });
      continue;
    }
    if (!indicatorIds.has(id)) {
      problems.push({
        path: ['answers', id],
        at: 'key',
        message: `${quoted(id)} is not an indicator of the framework (\`copro criteria\` lists them)${suggest.didYouMean(id, (w) => closestDescribed(w, indicators))}`,
      });
    }
    const entry = answerEntry(value as RawEntry<'answer', Answer>);
    if (entry && indicatorIds.has(id)) answers[id] = entry;
  }

  // Partners in free text are never refused (they are placed, or warned about); only a kind that is
  // not the framework's, written as `kind:`, is a mistake to correct.
  (Array.isArray(raw.partners) ? raw.partners : []).forEach((partner, index) => {
    if (isObject(partner) && typeof partner.kind === 'string' && !partnerIds.includes(partner.kind)) {
      problems.push({
        path: ['partners', index, 'kind'],
        message: `${quoted(partner.kind)} is not a kind of partner this framework knows${didYouMean(partner.kind, partnerIds)} (use ${listWords(partnerIds)}, or leave kind out and give side)`,
      });
    }
  });
  const year = yearProblem(raw.year);
  if (year) problems.push(year);

  if (problems.length > 0) return { problems };
  const { stages: _s, answers: _a, ...info } = raw;
  const project: Project = { ...info, stages, answers };
  if (idChanges.length > 0) project.idChanges = idChanges;
  return { project, problems };
}
