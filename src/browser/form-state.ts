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
export function projectOf(framework: LoadedFramework, raw: RawProject): { project?: Project; problems: Problem[] } {
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
