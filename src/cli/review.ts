// `copro review draft.yaml`: checking what `copro draft` read in a text, in a few minutes. It asks,
// in this order, the details a hub page needs that are missing (name, organisation, place, year,
// partners and their side), each suggested stage with the sentence it came from, each suggested
// answer, then the few questions still unknown whose answer would most change the verdict. The
// verdict is shown as it changes. The questions and their words are the questionnaire's
// (src/core/questionnaire.ts), as `copro init` and the self-assessment page ask them. Ctrl-C keeps
// what was checked (marked UNFINISHED, exit 130); what was not checked keeps "suggested: true".
import { isNumberShown, practiceScoreText } from '../render/scorecard-parts.js';
import { assessProject } from '../core/assess/assess.js';
import { own } from '../core/project/project-entries.js';
import { resolvePartners } from '../core/project/partners.js';
import {
  missingDetails,
  partnersWithSides,
  PUBLIC_SUMMARY_QUESTION,
  PUBLISH_QUESTION,
  publishConsentOf,
} from '../core/project/questionnaire.js';
import { onCourseWords, questionsThatMatter, unansweredQuestions } from '../core/project/review-questions.js';
import { suggestionsChecked, suggestionsCheckedLine, suggestionsIn } from '../core/draft/suggestions.js';
import type { AnswerEntry, Framework, Project, StageEntry } from '../core/model/types.js';
import { NOT_YET, UNKNOWN } from '../core/model/types.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { describeFsError } from '../io/fs-errors.js';
import { limitsFromEnv } from '../io/limits.js';
import { UsageError } from '../io/usage-error.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { oneLine, safeStrings } from '../render/text/safe-text.js';
import type { Style } from '../render/text/style.js';
import { PLACEHOLDER_NAME, renderProjectYaml } from '../render/project-yaml/render.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { atTerminal, checkYear, isPromptExit, portableSchemaRef, projectToCarryOn } from './init.js';
import {
  answerChoices,
  askDetail,
  askEvidence,
  askPartners,
  askPartnerSides,
  askPlan,
  askStageEvidence,
  askYear,
  detailPrompt,
  inquirerAsker,
  levelChoices,
  publishChoices,
  sayWhatWasSuggested,
  type Asker,
} from './init-questions.js';
import { notice, styleFor } from './terminal.js';

export interface ReviewOptions {
  framework?: string;
  color: boolean;
}

/** A typical drafted email is reviewed in at most this many answers, the few open questions included. */
const PROMPT_BUDGET = 25;
/** At most this many of the questions still unknown are asked, those that would most change the verdict. */
const OPEN_QUESTIONS = 5;

/** A name `copro draft` gives when the text has none: asked for, as a missing name is. */
const isPlaceholderName = (name: string) => name === PLACEHOLDER_NAME || /^Draft from /.test(name);

/** An Asker that counts the questions asked (prose said between them is not a question). */
function counting(ask: Asker): Asker & { count: () => number } {
  let asked = 0;
  return {
    text: (q) => (asked++, ask.text(q)),
    choose: (q) => (asked++, ask.choose(q)),
    confirm: (q) => (asked++, ask.confirm(q)),
    say: (text) => ask.say(text),
    count: () => asked,
  };
}

/** "Partial co-production, provisional · practice score 100 · described 18%". */
function verdictLine(framework: Framework, project: Project): string {
  const card = assessProject(framework, project);
  const onCourse = onCourseWords(framework, card.classification);
  const klass = `${card.classification.label}${card.classification.provisional ? ', provisional' : ''}${onCourse ? ` — on course for ${onCourse}` : ''}`;
  const score = practiceScoreText(card);
  return `${klass} · ${isNumberShown(score) ? `practice score ${score}` : `practice score: ${score}`} · described ${Math.round(card.completeness)}%`;
}

/** Says the verdict again when an answer changed it. */
function verdictWatch(ask: Asker, framework: Framework, style: Style, project: Project): () => void {
  let shown = verdictLine(framework, project);
  ask.say(`${style.bold('Verdict now:')} ${shown}`);
  return () => {
    const now = verdictLine(framework, project);
    if (now !== shown) ask.say(`${style.bold('Verdict now:')} ${now}`);
    shown = now;
  };
}

async function reviewDetails(
  ask: Asker,
  framework: Framework,
  project: Project,
  style: Style,
  fromDraft: boolean,
): Promise<void> {
  const missing = missingDetails(project, isPlaceholderName);
  const unplaced =
    project.partners === undefined || resolvePartners(framework, project.partners).some((p) => p.side === undefined);
  // Partners read from a text are a reading too, and they decide "both sides took part": a draft's
  // are shown for a yes, even when each could be placed.
  const toConfirm = fromDraft && !unplaced;
  if (missing.length === 0 && !unplaced && !toConfirm) return;
  ask.say(`\n${style.bold('First, the details a hub page needs.')}`);
  for (const key of missing) {
    if (key === 'name') project.name = (await ask.text({ message: detailPrompt('name'), required: true })).trim();
    else if (key === 'year') await askYear(ask, project, checkYear);
    else await askDetail(ask, project, key);
  }
  if (toConfirm) await confirmPartners(ask, framework, project, style);
  else if (project.partners === undefined) await askPartners(ask, framework, project);
  else await askPartnerSides(ask, framework, project);
}

/** The partners copro read, each with its side: Enter keeps them; "no" asks who took part instead. */
async function confirmPartners(ask: Asker, framework: Framework, project: Project, style: Style): Promise<void> {
  const read = partnersWithSides(framework, project.partners ?? [])
    .map(oneLine)
    .join('; ');
  ask.say(`${style.bold('Who took part, as copro read your text:')} ${read}`);
  const right = await ask.confirm({
    message: 'Are these the people and organisations who took part, each on the right side?',
    default: true,
  });
  if (right) return;
  delete project.partners;
  await askPartners(ask, framework, project);
}

/** A suggested stage: Enter keeps the level and its sentence; another level asks what shows it. */
async function reviewStage(
  ask: Asker,
  framework: Framework,
  style: Style,
  project: Project,
  stageId: string,
): Promise<void> {
  const stage = framework.stages.find((s) => s.id === stageId)!;
  const before = own(project.stages, stageId)!;
  ask.say(`\n${style.bold(stage.label)}: ${oneLine(stage.description ?? '')}`);
  const leftToYou = before.level === UNKNOWN;
  if (leftToYou)
    ask.say(
      `${style.bold('From your text:')} ${oneLine(before.evidence ?? '')}\n${style.dim('copro could not tell the level from this sentence: which is closest?')}`,
    );
  else sayWhatWasSuggested(ask, style, before.level, before.evidence);
  const level = await ask.choose<string>({
    message: `How much power did the people affected have at the ${stage.label} stage?${leftToYou ? '' : ` (suggested: ${before.level})`}`,
    choices: levelChoices(framework, stage),
    default: before.level,
  });
  project.stages[stageId] = chosenLevel(before, level);
  project.stages[stageId] = await checkedStage(ask, framework, stageId, before, level);
}

/**
 * The level just chosen, kept before its evidence or plan is asked: a Ctrl-C there keeps the
 * choice (with the sentence it was suggested from, if any), as the stop message promises.
 */
function chosenLevel(before: StageEntry, level: string): StageEntry {
  const { suggested: _mark, plan, ...rest } = before;
  return { ...rest, level, ...(level === NOT_YET && plan !== undefined ? { plan } : {}) };
}

async function checkedStage(
  ask: Asker,
  framework: Framework,
  stageId: string,
  before: StageEntry,
  level: string,
): Promise<StageEntry> {
  const { suggested: _mark, ...kept } = before;
  const stage = framework.stages.find((s) => s.id === stageId)!;
  // A stage still to come, kept: what is planned for it was read from the text too, so it is
  // checked next, as the choice promised ("You are asked next what is planned for it").
  if (level === before.level && level === NOT_YET) return askPlan(ask, framework, stage, before, true);
  // Kept as suggested: the sentence stays as its evidence, and nothing more is asked.
  if (level === before.level && (level !== UNKNOWN || !before.evidence)) return kept;
  if (level === 'not-yet') return askPlan(ask, framework, stage, before, true);
  const entry = await askStageEvidence(ask, level, before, true);
  // "Not sure" about a quoted sentence keeps the sentence, for whoever looks again.
  if (level === UNKNOWN && before.evidence) entry.evidence = before.evidence;
  return entry;
}

async function reviewAnswer(
  ask: Asker,
  framework: Framework,
  style: Style,
  project: Project,
  indicatorId: string,
  suggested: boolean,
): Promise<void> {
  const indicator = framework.criteria.flatMap((c) => c.indicators).find((i) => i.id === indicatorId)!;
  const before = own(project.answers, indicatorId);
  if (suggested && before) sayWhatWasSuggested(ask, style, before.answer, before.evidence);
  const answer = await ask.choose({
    message: `${oneLine(indicator.question)}${suggested && before ? ` (suggested: ${before.answer})` : ''}`,
    choices: answerChoices(indicator),
    default: before?.answer ?? 'unknown',
  });
  const { suggested: _mark, ...kept } = before ?? { answer };
  if (suggested && answer === kept.answer) {
    project.answers[indicatorId] = kept;
    return;
  }
  const entry: AnswerEntry = { answer };
  // Kept before its evidence is asked, so that a Ctrl-C there keeps the answer chosen.
  project.answers[indicatorId] = before?.evidence ? { ...entry, evidence: before.evidence } : { ...entry };
  if (answer === 'yes' || answer === 'partly' || answer === 'no') {
    const evidence = await askEvidence(ask, `${style.dim('Evidence:')} what shows it?`, before, suggested);
    if (evidence) entry.evidence = evidence;
  }
  project.answers[indicatorId] = entry;
}

/** The whole review, writing each answer into `project` as it is given (so Ctrl-C keeps it). */
async function reviewProject(
  ask: Asker & { count: () => number },
  framework: Framework,
  style: Style,
  project: Project,
): Promise<void> {
  const shown = safeStrings(framework);
  const suggested = suggestionsIn(project);
  ask.say(
    [
      style.bold(`Reviewing ${oneLine(project.name)}.`),
      `${suggested.length === 0 ? 'Nothing from copro draft is left to check: next, the few questions that would most change the verdict.' : `${suggested.length} suggestion${suggested.length === 1 ? '' : 's'} from copro draft to check, then the few questions that would most change the verdict.`} ` +
        'Enter keeps what is offered. Ctrl-C stops at any time: what you checked is kept, and the rest stays marked to check.',
    ].join('\n'),
  );
  const changed = verdictWatch(ask, shown, style, project);
  await reviewDetails(ask, shown, project, style, suggested.length > 0);
  changed();
  const stages = suggested.filter((s) => s.section === 'stages');
  if (stages.length > 0) ask.say(`\n${style.bold('Next, each stage copro read in your text.')}`);
  for (const { id } of stages) {
    await reviewStage(ask, shown, style, project, id);
    changed();
  }
  const answers = suggested.filter((s) => s.section === 'answers');
  if (answers.length > 0) ask.say(`\n${style.bold('Then the answers copro suggested.')}`);
  for (const { id } of answers) {
    await reviewAnswer(ask, shown, style, project, id, true);
    changed();
  }
  // The publishing questions come last but are counted first: they fit in the budget whatever else was asked.
  const room = Math.min(OPEN_QUESTIONS, PROMPT_BUDGET - ask.count() - publishingPrompts(project));
  const open = questionsThatMatter(shown, project, room, new Set(suggested.map((s) => s.id)));
  if (open.length > 0)
    ask.say(
      `\n${style.bold(`Last, ${open.length === 1 ? 'the question' : `${open.length} questions`} still unknown that would most change the verdict.`)} ${style.dim(`(${unansweredQuestions(shown, project).length} are still unknown; \`copro init --resume\` asks them all.)`)}`,
    );
  for (const question of open) {
    if (question.section === 'stages') {
      const stage = shown.stages.find((s) => s.id === question.id)!;
      ask.say(`\n${style.bold(stage.label)}: ${oneLine(stage.description ?? '')}`);
      const level = await ask.choose<string>({
        message: `How much power did the people affected have at the ${stage.label} stage?`,
        choices: levelChoices(shown, stage),
        default: UNKNOWN,
      });
      project.stages[question.id] = { level };
      project.stages[question.id] = await checkedStage(ask, shown, question.id, { level: UNKNOWN }, level);
    } else await reviewAnswer(ask, shown, style, project, question.id, false);
    changed();
  }
  await reviewPublishing(ask, style, project);
}

/** The most the publishing step asks: consent, then whether the summary may be shown (and a new one if not). */
function publishingPrompts(project: Project): number {
  if (publishConsentOf(project) !== 'unknown') return 0;
  return project.summary && !project.publish?.summary ? 3 : 1;
}

/**
 * Whether the people involved agreed to publishing, when the file does not say: a hub shows every
 * project whose file does not say no, and a draft's summary is the text's own sentences. Enter
 * ("not asked yet") records nothing.
 */
async function reviewPublishing(ask: Asker, style: Style, project: Project): Promise<void> {
  if (publishConsentOf(project) !== 'unknown') return;
  ask.say(`\n${style.bold('Finally, publishing.')} ${style.dim(PUBLISH_QUESTION.hint)}`);
  const consent = await ask.choose({
    message: PUBLISH_QUESTION.question,
    choices: publishChoices(),
    default: 'unknown',
  });
  if (consent === 'unknown') return;
  project.publish = { ...project.publish, consent: consent === 'yes' };
  if (consent === 'no' || !project.summary || project.publish.summary) return;
  ask.say(`${style.bold('The summary, as it stands:')} ${oneLine(project.summary)}`);
  if (await ask.confirm({ message: PUBLIC_SUMMARY_QUESTION.keep, default: true })) return;
  const written = (await ask.text({ message: PUBLIC_SUMMARY_QUESTION.write, required: true })).trim();
  project.publish = { ...project.publish, summary: written };
}

function write(file: string, text: string): void {
  try {
    writeFileAtomic(file, text, { replace: true });
  } catch (error) {
    throw new UsageError(`${file} could not be written: ${describeFsError(error)}`);
  }
}

export async function runReview(file: string, options: ReviewOptions, ask?: Asker): Promise<ExitCode> {
  const loadedFramework = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loadedFramework.ok) throw new UsageError('the framework is not valid', loadedFramework.errors);
  const framework = loadedFramework.framework;
  const project = await projectToCarryOn(file, framework, {
    missing: `review: draft one with \`copro draft <email> -o ${file}\``,
    verb: 'reviewed',
  });
  if (ask === undefined && !atTerminal())
    throw new UsageError(
      `copro review asks questions, and there is no terminal to ask them in: check ${file} in an editor instead (correct each suggestion, then delete its "suggested: true" line)`,
    );
  const before = structuredClone(project);
  const asker = counting(ask ?? (await inquirerAsker({ color: options.color })));
  const style = await styleFor(options.color);
  let stopped = false;
  try {
    await reviewProject(asker, framework, style, project);
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    stopped = true;
  }
  const answered = asker.count() - (stopped ? 1 : 0);
  if (stopped && answered === 0) {
    notice(`\nStopped: nothing was answered, so ${file} is as it was.`);
    return EXIT.interrupted;
  }
  const render = {
    schemaRef: portableSchemaRef(file),
    fileName: file,
    ...(stopped ? { unfinished: 'review' as const } : {}),
  };
  write(file, renderProjectYaml(framework, project, render));
  if (suggestionsIn(before).length > 0) notice(`\n${suggestionsCheckedLine(suggestionsChecked(before, project))}.`);
  if (stopped) {
    notice(
      `Stopped after ${answered} answers: what you checked is in ${file}. Carry on with \`copro review ${file}\`.`,
    );
    return EXIT.interrupted;
  }
  notice(`Reviewed in ${answered} answers; wrote ${file}. Verdict: ${verdictLine(framework, project)}.`);
  notice(`See the whole scorecard with \`copro assess ${file}\`.`);
  return EXIT.ok;
}
