// Which unanswered questions a review asks: of the stages and questions still "unknown", those
// whose answer would most change the verdict. Each is tried with every answer it could have, and
// the project scored again; a change of class counts most, then of "provisional", then of the
// practice score. A question no answer of which changes anything is not worth a reviewer's time.
import { assessProject } from '../assess/assess.js';
import { allIndicators } from '../framework/per-framework.js';
import type { Classification } from '../model/result.js';
import type { Framework, Project } from '../model/types.js';
import { UNKNOWN } from '../model/types.js';

export interface OpenQuestion {
  section: 'stages' | 'answers';
  id: string;
}

interface Verdict {
  classId: string;
  provisional: boolean;
  score: number;
}

export function verdictOf(framework: Framework, project: Project): Verdict {
  const card = assessProject(framework, project);
  return { classId: card.classification.id, provisional: card.classification.provisional, score: card.score };
}

/** How far apart two verdicts are: a class outweighs "provisional", which outweighs any score. */
function distance(a: Verdict, b: Verdict): number {
  return (
    (a.classId === b.classId ? 0 : 1000) + (a.provisional === b.provisional ? 0 : 100) + Math.abs(a.score - b.score)
  );
}

/** The stages and questions still unknown and not merely suggested, in the framework's order. */
export function unansweredQuestions(framework: Framework, project: Project): OpenQuestion[] {
  const stages = framework.stages
    .filter((s) => (project.stages[s.id]?.level ?? UNKNOWN) === UNKNOWN && !project.stages[s.id]?.suggested)
    .map((s) => ({ section: 'stages' as const, id: s.id }));
  const answers = allIndicators(framework)
    .filter((i) => (project.answers[i.id]?.answer ?? UNKNOWN) === UNKNOWN && !project.answers[i.id]?.suggested)
    .map((i) => ({ section: 'answers' as const, id: i.id }));
  return [...stages, ...answers];
}

function withValue(project: Project, question: OpenQuestion, value: string): Project {
  if (question.section === 'stages')
    return { ...project, stages: { ...project.stages, [question.id]: { level: value, evidence: 'tried' } } };
  return {
    ...project,
    answers: { ...project.answers, [question.id]: { answer: value as 'yes' | 'no', evidence: 'tried' } },
  };
}

/**
 * At most `limit` unanswered questions, those whose answer would most change the verdict first
 * (ties in the framework's order); none whose answer could change nothing.
 */
export function questionsThatMatter(
  framework: Framework,
  project: Project,
  limit: number,
  /** Already asked (a suggestion answered "not sure" is not asked twice). */
  asked: ReadonlySet<string> = new Set(),
): OpenQuestion[] {
  if (limit <= 0) return [];
  const now = verdictOf(framework, project);
  const levels = framework.levels.map((l) => l.id);
  return unansweredQuestions(framework, project)
    .filter((question) => !asked.has(question.id))
    .map((question, order) => {
      const values = question.section === 'stages' ? levels : ['yes', 'partly', 'no'];
      const impact = Math.max(
        ...values.map((v) => distance(now, verdictOf(framework, withValue(project, question, v)))),
      );
      return { question, order, impact };
    })
    .filter((q) => q.impact > 0)
    .sort((a, b) => b.impact - a.impact || a.order - b.order)
    .slice(0, limit)
    .map((q) => q.question);
}

/**
 * The class a plan is on course for, in words, when the verdict gives one (`onCourseFor`, a class id
 * or `{ id, label }`: issue 22's verdict, built beside this); undefined otherwise. Read loosely so the
 * front ends show it as soon as the scorecard carries it.
 */
export function onCourseWords(framework: Framework, classification: Classification): string | undefined {
  const given = (classification as Classification & { onCourseFor?: unknown }).onCourseFor;
  const id = typeof given === 'string' ? given : (given as { id?: unknown } | undefined)?.id;
  // On course for the class it already has: nothing to add to the verdict's own words.
  if (typeof id !== 'string' || id === classification.id) return undefined;
  return framework.classes.find((c) => c.id === id)?.label ?? id;
}
