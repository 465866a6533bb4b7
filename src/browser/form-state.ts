// What the self-assessment form holds, and how it becomes a project: the answers are kept as the
// raw data a project file would hold, so the page checks and scores them with copro's own core
// (checkProject, assessProject) and writes them with copro's own writer (renderProjectYaml).
// Pure: no DOM here.
import { assessProject } from '../core/assess.js';
import type { Problem } from '../core/problem.js';
import { checkProject, type RawProject } from '../core/project-rules.js';
import type { Scorecard } from '../core/result.js';
import type { LoadedFramework, Project } from '../core/types.js';
import { slugOf } from '../render/hub/model.js';
import { renderProjectYaml } from '../render/project-yaml/render.js';
import { parse } from 'yaml';

export interface FormState {
  /** The project as a project file would hold it. */
  raw: RawProject;
  /** Which screen the person is on. */
  step: number;
}

export function emptyState(): FormState {
  return { raw: { name: '', stages: {}, answers: {} }, step: 0 };
}

/** The answers as copro reads a project file: the project, or the problems found. */
function projectOf(framework: LoadedFramework, raw: RawProject): { project?: Project; problems: Problem[] } {
  return checkProject(framework, { ...raw, name: raw.name?.trim() || 'Unnamed project' });
}

export function scorecardOf(framework: LoadedFramework, raw: RawProject): Scorecard | undefined {
  const { project } = projectOf(framework, raw);
  return project ? assessProject(framework, project) : undefined;
}

/** The project file to download: what `copro init` would write for the same answers. */
export function projectFileOf(framework: LoadedFramework, raw: RawProject, fileName: string): string {
  const { project } = projectOf(framework, raw);
  if (!project) throw new Error('the answers do not make a valid project');
  return renderProjectYaml(framework, project, { fileName });
}

/** A file name from the project's name, made as the hub names its pages. */
export function fileNameOf(raw: RawProject): string {
  return `${slugOf(raw.name ?? '')}.yaml`;
}

/** A project file someone had before, read to carry on with: its data, or what is wrong with it. */
export function loadProjectText(framework: LoadedFramework, text: string): { raw?: RawProject; problems: string[] } {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    return { problems: [`This is not a project file copro can read: ${(error as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problems: ['This file does not hold a project (a name, stages and answers).'] };
  const checked = checkProject(framework, data as RawProject);
  if (!checked.project) return { problems: checked.problems.map((p) => `${p.path.join('.')}: ${p.message}`) };
  // Answers under an indicator's earlier id are carried on under its current one.
  const { stages, answers, idChanges: _changes, ...info } = checked.project;
  return { raw: { ...info, stages: { ...stages }, answers: { ...answers } }, problems: [] };
}

/** A stage's level or a question's answer as the page edits it: the value, its evidence, and whether copro draft only suggested it. */
export interface EntryParts {
  value?: string;
  evidence?: string;
  suggested?: boolean;
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
  };
}

/** `raw` with the entry set, in the short form when there is nothing but the value (as copro init writes it). */
export function withEntry(raw: RawProject, section: Section, id: string, parts: EntryParts): RawProject {
  const value = parts.value ?? 'unknown';
  const long = parts.evidence !== undefined || parts.suggested === true;
  const entry = long
    ? {
        [VALUE_KEY[section]]: value,
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
