// A project's stages and answers are maps keyed by ids from the framework. They are looked up as
// own keys only: a framework may name a stage "constructor" or "valueOf", and a plain lookup would
// then find what every object inherits instead of "not described".
import type { AnswerEntry, Project, StageEntry } from '../model/types.js';
import { UNKNOWN } from '../model/types.js';

/** `record[key]` if the record itself holds it, never an inherited property. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The project's answer to an indicator; "unknown" when it gives none. */
export function answerFor(project: Project, indicatorId: string): AnswerEntry {
  return own(project.answers, indicatorId) ?? { answer: 'unknown' };
}

/** The answer as given, or undefined when the project does not answer. */
export function givenAnswer(project: Project, indicatorId: string): AnswerEntry | undefined {
  return own(project.answers, indicatorId);
}

/** The project's entry for a stage; "unknown" when it does not describe it. */
export function stageFor(project: Project, stageId: string): StageEntry {
  return own(project.stages, stageId) ?? { level: UNKNOWN };
}
