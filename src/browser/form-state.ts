// What the self-assessment form holds, and how it becomes a project: the answers are kept as the
// raw data a project file would hold, so the page checks them with the CLI's own check
// (checkProjectData: the project schema and the framework's rules, as copro validate), scores them
// with copro's own core (assessProject) and writes them with copro's own writer (renderProjectYaml).
// Pure: no DOM here.
import { assessProject } from '../core/assess/assess.js';
import type { Problem } from '../core/model/problem.js';
import type { RawProject } from '../core/project/project-rules.js';
import { isObject } from '../core/shared/plain-object.js';
import { checkProjectData } from '../io/project-check.js';
import { resolvePartners } from '../core/project/partners.js';
import { missingDetails } from '../core/project/questionnaire.js';
import type { Scorecard } from '../core/model/result.js';
import type { LoadedFramework, Project } from '../core/model/types.js';
import { NOT_YET } from '../core/model/types.js';
import { slugOf } from '../render/hub/model.js';
import { PLACEHOLDER_NAME, renderProjectYaml } from '../render/project-yaml/render.js';
import { parse } from 'yaml';

export interface FormState {
  /** The project as a project file would hold it. */
  raw: RawProject;
  /** Which screen the person is on. */
  step: number;
  /**
   * The partners of a loaded draft, as copro draft read them from a text, not yet confirmed by the
   * person: copro review shows them for a yes, and so does the page (on its first screen).
   */
  partnersToCheck?: boolean;
}

export function emptyState(): FormState {
  return { raw: { name: '', stages: {}, answers: {} }, step: 0 };
}

/** A name to score with while the person has not given one yet (the page asks for it before the download). */
const UNNAMED = 'Unnamed project';

const asData = (raw: RawProject) => raw as unknown as Record<string, unknown>;

/** The answers as copro reads a project file: the project, or the problems found. */
function projectOf(framework: LoadedFramework, raw: RawProject): { project?: Project; problems: Problem[] } {
  const named = typeof raw.name === 'string' && raw.name.trim() !== '' ? raw : { ...raw, name: UNNAMED };
  return checkProjectData(framework, asData(named));
}

/** A problem as the page lists it: the field, then what is wrong ("year: write a year such as 2019"). */
function problemText(problem: Problem): string {
  return problem.path.length === 0 ? problem.message : `${problem.path.join('.')}: ${problem.message}`;
}

/** What copro validate would say about one detail's value, as the person types it (nothing when it is fine). */
export function fieldProblem(framework: LoadedFramework, key: string, value: unknown): string | undefined {
  const { problems } = checkProjectData(framework, { name: UNNAMED, [key]: value });
  return problems.find((p) => p.path[0] === key)?.message;
}

export function scorecardOf(framework: LoadedFramework, raw: RawProject): Scorecard | undefined {
  const { project } = projectOf(framework, raw);
  return project ? assessProject(framework, project) : undefined;
}

/**
 * The project file to download, what `copro init` would write for the same answers; or, when the
 * answers are not a project copro validate accepts, its problems instead (no file). The file is
 * read back and checked again, so what the page offers is what the CLI accepts.
 */
export function projectFileOf(
  framework: LoadedFramework,
  raw: RawProject,
  fileName: string,
): { text: string; problems: [] } | { text?: undefined; problems: string[] } {
  const { project, problems } = checkProjectData(framework, asData(raw));
  if (!project) return { problems: problems.map(problemText) };
  const text = renderProjectYaml(framework, project, { fileName });
  const again = checkProjectData(framework, parse(text) as Record<string, unknown>);
  if (!again.project) return { problems: again.problems.map(problemText) };
  return { text, problems: [] };
}

/** A file name from the project's name, made as the hub names its pages. */
export function fileNameOf(raw: RawProject): string {
  return `${slugOf(raw.name ?? '')}.yaml`;
}

/** Leaves out the field a problem is about: a detail, or one entry of a list or a section (a stage, a reference). */
function dropAt(data: Record<string, unknown>, path: Problem['path']): boolean {
  const [top, inner] = path;
  if (typeof top !== 'string' || !Object.hasOwn(data, top)) return false;
  const holder = data[top];
  if (inner !== undefined && Array.isArray(holder) && typeof inner === 'number' && inner < holder.length) {
    holder[inner] = DROPPED;
    return true;
  }
  if (inner !== undefined && isObject(holder) && typeof inner === 'string' && Object.hasOwn(holder, inner)) {
    delete holder[inner];
    return true;
  }
  delete data[top];
  return true;
}

const DROPPED = Symbol('dropped');

/**
 * What of `data` copro validate accepts: each field with a problem is left out and its problem
 * reported, the rest kept; a missing name is given back empty, for the page to ask. Nothing is kept
 * when a problem cannot be placed on a field.
 */
export function keepWhatFits(
  framework: LoadedFramework,
  data: Record<string, unknown>,
): { raw?: RawProject; problems: string[] } {
  const current = structuredClone(data);
  const reported: string[] = [];
  for (let round = 0; round < 8; round++) {
    // A name of the wrong kind is reported and left out like any field; a missing one is asked for.
    const named = current.name === undefined ? { ...current, name: UNNAMED } : current;
    const { project, problems } = checkProjectData(framework, named);
    if (project) {
      // Answers under an indicator's earlier id are carried on under its current one.
      const { stages, answers, idChanges: _changes, ...info } = project;
      const name = named === current ? info.name : '';
      return { raw: { ...info, name, stages: { ...stages }, answers: { ...answers } }, problems: reported };
    }
    for (const problem of problems) {
      reported.push(problemText(problem));
      if (!dropAt(current, problem.path)) return { problems: reported };
    }
    for (const [key, value] of Object.entries(current))
      if (Array.isArray(value)) current[key] = value.filter((v) => v !== DROPPED);
  }
  return { problems: reported };
}

/** A project file someone had before, read to carry on with: what of it fits, and what was left out and why. */
export function loadProjectText(framework: LoadedFramework, text: string): { raw?: RawProject; problems: string[] } {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    return { problems: [`This is not a project file copro can read: ${(error as Error).message}`] };
  }
  if (!isObject(data)) return { problems: ['This file does not hold a project (a name, stages and answers).'] };
  return keepWhatFits(framework, data);
}

/** A state saved by this page on an earlier visit, if it still fits the page and the framework. */
export function savedState(framework: LoadedFramework, saved: unknown, screens: number): FormState | undefined {
  if (!isObject(saved) || !isObject(saved.raw) || typeof saved.step !== 'number' || !Number.isInteger(saved.step))
    return undefined;
  const raw = saved.raw as unknown as RawProject;
  if (raw.name !== undefined && typeof raw.name !== 'string') return undefined;
  if (projectOf(framework, raw).problems.length > 0) return undefined;
  const step = Math.min(Math.max(saved.step, 0), screens - 1);
  return {
    raw: { stages: {}, answers: {}, ...raw },
    step,
    ...(saved.partnersToCheck === true ? { partnersToCheck: true } : {}),
  };
}

/** A stage's level or a question's answer as the page edits it: the value, its evidence, and whether copro draft only suggested it. */
export interface EntryParts {
  value?: string;
  evidence?: string;
  suggested?: boolean;
  /** A stage not started yet: the level offered for it. */
  plan?: string;
}

export type Section = 'stages' | 'answers';

const VALUE_KEY = { stages: 'level', answers: 'answer' } as const;

/** The entry for a stage or a question, from either form a project file may hold (`consult`, or `{level: consult, …}`). */
export function entryOf(raw: RawProject, section: Section, id: string): EntryParts {
  const held = (raw[section] as Record<string, unknown> | undefined)?.[id];
  if (typeof held === 'string') return { value: held };
  if (typeof held !== 'object' || held === null) return {};
  const entry = held as Record<string, unknown>;
  const value = entry[VALUE_KEY[section]];
  return {
    ...(typeof value === 'string' ? { value } : {}),
    ...(typeof entry.evidence === 'string' ? { evidence: entry.evidence } : {}),
    ...(entry.suggested === true ? { suggested: true } : {}),
    ...(section === 'stages' && typeof entry.plan === 'string' ? { plan: entry.plan } : {}),
  };
}

/** `raw` with the entry set, in the short form when there is nothing but the value (as copro init writes it). */
export function withEntry(raw: RawProject, section: Section, id: string, parts: EntryParts): RawProject {
  const value = parts.value ?? 'unknown';
  // A plan belongs to a stage not started yet: choosing a level that happened drops it.
  const plan = section === 'stages' && value === NOT_YET ? parts.plan : undefined;
  const long = parts.evidence !== undefined || parts.suggested === true || plan !== undefined;
  const entry = long
    ? {
        [VALUE_KEY[section]]: value,
        ...(plan !== undefined ? { plan } : {}),
        ...(parts.evidence !== undefined ? { evidence: parts.evidence } : {}),
        ...(parts.suggested ? { suggested: true } : {}),
      }
    : value;
  return { ...raw, [section]: { ...raw[section], [id]: entry } };
}

/** How many stage levels and answers are still only suggested by copro draft, not yet checked by a person. */
export function suggestionsLeft(raw: RawProject): number {
  return (['stages', 'answers'] as const).reduce(
    (count, section) =>
      count + Object.keys(raw[section] ?? {}).filter((id) => entryOf(raw, section, id).suggested).length,
    0,
  );
}

/**
 * Whether a loaded file's partners are a reading to confirm, by copro review's rule: the file is a
 * draft (it holds suggestions) and each partner could be placed on a side (one that could not is
 * asked about anyway). Partners read from a text decide "both sides took part", so they are shown
 * for a yes rather than taken as given.
 */
export function partnersReadFromText(framework: LoadedFramework, raw: RawProject): boolean {
  if (suggestionsLeft(raw) === 0 || !raw.partners?.length) return false;
  return resolvePartners(framework, raw.partners).every((p) => p.side !== undefined);
}

/** A name `copro draft` gives a text without one: the page asks for it, as the review does. */
const isPlaceholderName = (name: string) => name === PLACEHOLDER_NAME || /^Draft from /.test(name);

/**
 * The screen to open a loaded file at, in the order `copro review` asks: the details when some are
 * missing (or a partner's side, or partners read from a text to confirm), else the first stage, then the first group of questions, holding
 * a suggestion to check or an answer not given; else the scorecard. Screens are numbered as the page
 * shows them: the project, each stage, each criterion, the scorecard.
 */
export function firstOpenScreen(framework: LoadedFramework, raw: RawProject, partnersToCheck = false): number {
  const info = { ...raw, name: typeof raw.name === 'string' ? raw.name : '' };
  const partners = resolvePartners(framework, raw.partners ?? []);
  const detailsOpen = missingDetails(info, isPlaceholderName).length > 0 || !raw.partners || partnersToCheck;
  if (detailsOpen || partners.some((p) => !p.side)) return 0;
  const open = (section: Section, id: string) => {
    const entry = entryOf(raw, section, id);
    return entry.suggested === true || (entry.value ?? 'unknown') === 'unknown';
  };
  const stage = framework.stages.findIndex((s) => open('stages', s.id));
  if (stage >= 0) return 1 + stage;
  const criterion = framework.criteria.findIndex((c) => c.indicators.some((i) => open('answers', i.id)));
  if (criterion >= 0) return 1 + framework.stages.length + criterion;
  return 1 + framework.stages.length + framework.criteria.length;
}

/**
 * The next screen after `after` that holds a suggestion still to check, as `copro review` walks
 * them (stages, then groups of questions); undefined when none is left after it.
 */
export function nextToCheck(framework: LoadedFramework, raw: RawProject, after: number): number | undefined {
  const suggested = (section: Section, id: string) => entryOf(raw, section, id).suggested === true;
  const screens = [
    false,
    ...framework.stages.map((stage) => suggested('stages', stage.id)),
    ...framework.criteria.map((criterion) => criterion.indicators.some((i) => suggested('answers', i.id))),
  ];
  const found = screens.findIndex((holds, step) => holds && step > after);
  return found < 0 ? undefined : found;
}
