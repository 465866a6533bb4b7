// The `copro init` questionnaire: the project's details, each stage's level (every level
// explained in plain words, with an example), then each indicator's question. It asks through an
// Asker, so the flow can be tested without a terminal; `inquirerAsker` is the real one.
import type {
  Answer,
  AnswerEntry,
  Criterion,
  Framework,
  Indicator,
  PartnerEntry,
  Project,
  Stage,
  StageEntry,
} from '../core/model/types.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../core/model/types.js';
import { own } from '../core/project/project-entries.js';
import { resolvePartners } from '../core/project/partners.js';
import {
  ANSWER_EVIDENCE_QUESTION,
  answerChoices as answerChoicesOf,
  detailQuestion,
  levelSummary,
  NOT_SURE,
  PARTNER_SIDES,
  partnerSideQuestion,
  PARTNERS_QUESTION,
  PLAN_EVIDENCE_QUESTION,
  PUBLISH_QUESTION,
  type PublishConsent,
  planChoices,
  planQuestion,
  stageChoices,
  STAGE_EVIDENCE_QUESTION,
  stageQuestion,
  type DetailKey,
  type QuestionChoice,
} from '../core/project/questionnaire.js';
import { suggestionsIn } from '../core/draft/suggestions.js';
import { oneLine, safeStrings } from '../render/text/safe-text.js';
import type { Style } from '../render/text/style.js';
import { shorten, wrapParagraphs } from '../render/text/wrap.js';
import { PLACEHOLDER_NAME } from '../render/project-yaml/render.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  /** What stays on screen once chosen (the name, when not given). */
  short?: string;
}

export interface Asker {
  /** Free text; an empty answer means "skip". */
  text(question: {
    message: string;
    required?: boolean;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  choose<T extends string>(question: { message: string; choices: Choice<T>[]; default: T }): Promise<T>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
  /** Explanations between questions. */
  say(text: string): void;
}

/** Checks a year the way the project schema does, so the file written is always valid. */
export type YearCheck = (year: string | number) => true | string;

type AnswerScope = 'suggested' | 'all' | 'by-group' | 'none';

const SKIP = '(optional)';

function yearValue(text: string): string | number {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : text.trim();
}

/** A choice that goes back to the question before, where there is one. */
export const BACK = '__back__';
const backChoice: Choice<typeof BACK> = {
  value: BACK,
  name: '← Back to the previous question',
  short: 'back',
  description: 'Ask the previous question again (its answer is cleared).',
};

/** What `copro init` says it is about to do: describe a project, or carry on with one (and check its suggestions). */
function resumingTitle(draft: Project, resuming: boolean): string {
  if (!resuming) return 'Describe a project for copro.';
  const suggested = suggestionsIn(draft).length;
  return suggested === 0
    ? 'Carrying on: only what is still unknown is asked.'
    : `Carrying on: what is still unknown is asked, and ${suggested === 1 ? 'the suggestion' : `each of the ${suggested} suggestions`} copro draft made from your text is shown for you to keep, change or leave unknown.`;
}

/** A detail's question as the terminal asks it: the question, its hint, and whether it may be skipped. */
export function detailPrompt(key: DetailKey, planned = false): string {
  const { question: done, planned: ahead, hint, required } = detailQuestion(key);
  const question = planned && ahead ? ahead : done;
  return required ? `${question}:` : `${question}${hint ? ` ${hint}` : ''} ${SKIP}`;
}

/** A detail asked as free text, unless the file being resumed has it (the year is asked with its check). */
export async function askDetail(
  ask: Asker,
  draft: Project,
  key: Exclude<DetailKey, 'name' | 'year'>,
  planned = false,
): Promise<void> {
  if (draft[key] !== undefined) return; // already in the file being resumed
  const value = (await ask.text({ message: detailPrompt(key, planned) })).trim();
  if (value) draft[key] = value;
}

/** The year, checked as the project schema checks it, so the file written is always valid. */
export async function askYear(ask: Asker, draft: Project, checkYear: YearCheck): Promise<void> {
  const year = (
    await ask.text({
      message: detailPrompt('year'),
      validate: (v) => (v.trim() === '' ? true : checkYear(yearValue(v))),
    })
  ).trim();
  if (year) draft.year = yearValue(year);
}

/** A question-model choice as the terminal lists it: one line of words, the hint under the list. */
function terminalChoice<T extends string>(choice: QuestionChoice<T>, name = choice.label): Choice<T> {
  return {
    value: choice.value,
    name,
    short: choice.value,
    ...(choice.hint ? { description: oneLine(choice.hint) } : {}),
  };
}

/**
 * Who took part, in the person's words; each partner the framework's words cannot place is
 * asked its side. Skipped when the file being resumed names partners already.
 */
export async function askPartners(ask: Asker, framework: Framework, draft: Project, planned = false): Promise<void> {
  if (draft.partners !== undefined) return;
  const question = planned ? PARTNERS_QUESTION.planned : PARTNERS_QUESTION.question;
  const names = (await ask.text({ message: `${question} ${SKIP}` }))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) return;
  draft.partners = names;
  await askPartnerSides(ask, framework, draft);
}

/** The side of each partner that cannot be placed by the framework's words, written as { name, side }. */
export async function askPartnerSides(ask: Asker, framework: Framework, draft: Project): Promise<void> {
  const entries = draft.partners ?? [];
  const resolved = resolvePartners(framework, entries);
  const placed: PartnerEntry[] = [];
  for (const [i, entry] of entries.entries()) {
    if (resolved[i]!.side !== undefined) {
      placed.push(entry);
      continue;
    }
    const name = resolved[i]!.name;
    const side = await ask.choose({
      message: partnerSideQuestion(name),
      choices: PARTNER_SIDES.map((c) => terminalChoice(c)),
      default: 'community',
    });
    placed.push(typeof entry === 'string' ? { name, side } : { ...entry, side });
    draft.partners = [...placed, ...entries.slice(i + 1)];
  }
}

async function askDetails(
  ask: Asker,
  framework: Framework,
  checkYear: YearCheck,
  style: Style,
  draft: Project,
  resuming: boolean,
): Promise<void> {
  ask.say(
    [
      style.bold(resumingTitle(draft, resuming)),
      'A few details first, then who held power at each stage of the project, then short questions about how it was done. ' +
        'Anything marked (optional) can be skipped with Enter; skipped questions are written to the file as "unknown", to fill in later. ' +
        'In a list, "← Back" asks the previous question again. Ctrl-C stops at any time: what you have answered is kept in the file, ' +
        'and `copro init --resume <file>` carries on from there.',
      '',
      style.bold('First, the project itself.'),
    ].join('\n'),
  );
  if (!draft.name || draft.name === PLACEHOLDER_NAME)
    draft.name = (await ask.text({ message: detailPrompt('name'), required: true })).trim();
  await askDetail(ask, draft, 'organisation');
  await askDetail(ask, draft, 'location');
  if (draft.year === undefined) await askYear(ask, draft, checkYear);
  await askDetail(ask, draft, 'summary');
  await askDetail(ask, draft, 'describedAs');
  await askPartners(ask, framework, draft);
}

/** Whether the people involved agreed to publishing: not asked yet (first, so Enter records nothing), yes, no. */
export function publishChoices(): Choice<PublishConsent>[] {
  // Echoed in words ("not asked yet"), not as the value: "unknown" would read as a verdict on consent.
  return PUBLISH_QUESTION.choices.map((c) => ({ ...terminalChoice(c), short: c.label.toLowerCase() }));
}

/** Each level, explained for this stage, then not started yet, not sure and doesn't apply: the questionnaire's words. */
export function levelChoices(framework: Framework, stage: Stage): Choice<string>[] {
  return stageChoices(framework, stage).map((choice) => {
    const level = framework.levels.find((l) => l.id === choice.value);
    return terminalChoice(choice, level ? levelSummary(level) : choice.label);
  });
}

/** Still to be asked: not in the file being resumed, "unknown" there, or only suggested by `copro draft`. */
function stillToAsk(entry: { level: string } | { answer: string } | undefined): boolean {
  if (entry === undefined || ('suggested' in entry && entry.suggested === true)) return true;
  return ('level' in entry ? entry.level : entry.answer) === UNKNOWN;
}

/**
 * What `copro draft` suggested, and the sentence it came from, shown above the question; the
 * suggestion is the question's default, so Enter keeps it.
 */
export function sayWhatWasSuggested(ask: Asker, style: Style, value: string, evidence: string | undefined): void {
  ask.say(
    [
      `${style.bold('Suggested from your text:')} ${value}${evidence ? `, from ${oneLine(evidence)}` : ''}`,
      style.dim(`Press Enter to keep it, choose another if it is wrong, or "${NOT_SURE.label}" if you do not know.`),
    ].join('\n'),
  );
}

/**
 * A previous assessment of the project (`copro init --from`): every question is asked again, with
 * its earlier level or answer and evidence offered as the default.
 */
export type Earlier = Pick<Project, 'stages' | 'answers'>;

/** Going back clears an answer: to what it was before the question (the earlier assessment's, a suggestion), if anything. */
function clearEntry<T>(entries: Record<string, T>, id: string, earlier: Record<string, T>): void {
  const before = own(earlier, id);
  if (before === undefined) delete entries[id];
  else entries[id] = structuredClone(before);
}

export async function askStages(
  ask: Asker,
  framework: Framework,
  style: Style,
  draft: Project,
  earlier?: Earlier,
): Promise<void> {
  const open = framework.stages.filter((stage) => earlier !== undefined || stillToAsk(own(draft.stages, stage.id)));
  if (open.length === 0) return;
  // What each question starts from (its default), and what Back puts back.
  const asked = earlier?.stages ?? structuredClone(draft.stages);
  ask.say(
    [
      '',
      style.bold(
        `Next, ${open.length === framework.stages.length ? `the ${open.length}` : `${open.length} of the`} stages of the project, and how much power the people affected had at each.`,
      ),
      'The levels run from the least power to the most. Move with the arrow keys (or type the number) ' +
        'and read the explanation under the list; press Enter to choose.',
    ].join('\n'),
  );
  for (let i = 0; i < open.length;) {
    const stage = open[i]!;
    const choices = levelChoices(framework, stage);
    ask.say(`\n${style.bold(stage.label)}: ${oneLine(stage.description ?? '')}`);
    const before = own(asked, stage.id);
    const suggested = before?.suggested === true;
    if (suggested) sayWhatWasSuggested(ask, style, before.level, before.evidence);
    const level = await ask.choose<string>({
      message: `${stageQuestion(stage)}${suggested ? ` (suggested: ${before.level})` : ''}`,
      choices: i > 0 ? [...choices, backChoice] : choices,
      default: before?.level ?? UNKNOWN,
    });
    if (level === BACK) {
      i--;
      clearEntry(draft.stages, open[i]!.id, asked);
      continue;
    }
    draft.stages[stage.id] =
      level === NOT_YET
        ? await askPlan(ask, framework, stage, before, suggested)
        : await askStageEvidence(ask, level, before, suggested);
    i++;
  }
}

/** A level and what shows it (no evidence is asked for "not sure" or "doesn't apply"). */
export async function askStageEvidence(
  ask: Asker,
  level: string,
  before: StageEntry | undefined,
  suggested: boolean,
): Promise<StageEntry> {
  const entry: StageEntry = { level };
  if (level === UNKNOWN || level === NOT_APPLICABLE) return entry;
  const evidence = await askEvidence(ask, STAGE_EVIDENCE_QUESTION, before, suggested);
  if (evidence) entry.evidence = evidence;
  return entry;
}

/**
 * A stage not started yet: the level offered for it (the plan), each listed with the offer it
 * makes to people, and what is planned. `orNotApplicable`: a whole plan (`init --plan`) asks no
 * level first, so there the stage may also not apply.
 */
export async function askPlan(
  ask: Asker,
  framework: Framework,
  stage: Stage,
  before: StageEntry | undefined,
  suggested: boolean,
  orNotApplicable = false,
): Promise<StageEntry> {
  const levels = new Set(framework.levels.map((level) => level.id));
  const plan = await ask.choose<string>({
    message: planQuestion(stage),
    choices: planChoices(framework, { orNotApplicable }).map((c) =>
      terminalChoice(c, levels.has(c.value) ? `${c.label}: ${oneLine(c.hint ?? '')}` : c.label),
    ),
    default: before?.plan ?? UNKNOWN,
  });
  if (plan === NOT_APPLICABLE) return { level: NOT_APPLICABLE };
  const entry: StageEntry = { level: NOT_YET };
  if (plan !== UNKNOWN) entry.plan = plan;
  const evidence = await askEvidence(ask, PLAN_EVIDENCE_QUESTION, before, suggested && before?.level === NOT_YET);
  if (evidence) entry.evidence = evidence;
  return entry;
}

/**
 * The evidence for a level or an answer. An earlier assessment's evidence is offered as the default
 * to edit; a suggestion's quoted sentence is kept on Enter without being shown again as a default
 * (it is on screen just above, and a long quote would fill the prompt line).
 */
export async function askEvidence(
  ask: Asker,
  question: string,
  before: { evidence?: string } | undefined,
  suggested: boolean,
): Promise<string> {
  if (suggested && before?.evidence) {
    const given = (await ask.text({ message: `${question} (Enter keeps the sentence from your text)` })).trim();
    return given || before.evidence;
  }
  const offered = before?.evidence ? { default: before.evidence } : {};
  return (await ask.text({ message: `${question} ${SKIP}`, ...offered })).trim();
}

export function answerChoices(indicator: Indicator): Choice<Answer>[] {
  return answerChoicesOf(indicator).map((choice) => terminalChoice(choice));
}

/** "Not now": what happens to the questions left, in the words of the file being written. */
function notNowChoice(suggested: number, reassessing: boolean): Choice<AnswerScope> {
  const description = reassessing
    ? 'The earlier answers are kept as they are, with each question beside it, to revisit later.'
    : suggested === 0
      ? 'Every question is written to the file as "unknown", with the question beside it, to fill in later.'
      : 'Every question is written to the file with the question beside it, to fill in later: "unknown", or the suggestion, still marked to check.';
  return { value: 'none', name: 'Not now', description };
}

async function askScope(
  ask: Asker,
  style: Style,
  count: number,
  suggested: number,
  reassessing: boolean,
): Promise<AnswerScope> {
  const ofThem =
    suggested === 0
      ? ''
      : ` ${suggested === 1 ? 'One of them has' : `${suggested} of them have`} an answer copro draft suggested from your text, to check.`;
  ask.say(`\n${style.bold(`Last, ${count} short questions in groups, one group for each criterion.${ofThem}`)}`);
  const onlySuggested: Choice<AnswerScope>[] =
    suggested === 0
      ? []
      : [
          {
            value: 'suggested',
            name: `Only the ${suggested} suggested answer${suggested === 1 ? '' : 's'}`,
            description:
              'Check what copro draft suggested; the questions still unknown stay "unknown", to fill in later.',
          },
        ];
  return ask.choose<AnswerScope>({
    message: 'Answer them now?',
    default: suggested === 0 ? 'all' : 'suggested',
    choices: [
      ...onlySuggested,
      {
        value: 'all',
        name: 'Yes, all of them',
        description: 'About ten minutes. Any question can be skipped with Enter.',
      },
      { value: 'by-group', name: 'Group by group', description: 'Say for each group whether to answer it now.' },
      notNowChoice(suggested, reassessing),
    ],
  });
}

interface Question {
  criterion: Criterion;
  indicator: Indicator;
}

/** The questions still to answer, group by group (with --resume, only those still unknown or only suggested). */
function openQuestions(framework: Framework, draft: Project, reassessing: boolean): Question[] {
  return framework.criteria.flatMap((criterion) =>
    criterion.indicators
      .filter((indicator) => reassessing || stillToAsk(own(draft.answers, indicator.id)))
      .map((indicator) => ({ criterion, indicator })),
  );
}

/** With `earlier`, the earlier answers stay in the draft for any question not asked ("Not now", a group declined). */
export async function askAnswers(
  ask: Asker,
  framework: Framework,
  style: Style,
  draft: Project,
  earlier?: Earlier,
): Promise<void> {
  const unanswered = openQuestions(framework, draft, earlier !== undefined);
  if (unanswered.length === 0) return;
  // What each question starts from (its default), and what Back puts back.
  const asked = earlier?.answers ?? structuredClone(draft.answers);
  const suggestions = unanswered.filter((q) => own(asked, q.indicator.id)?.suggested);
  const scope = await askScope(ask, style, unanswered.length, suggestions.length, earlier !== undefined);
  if (scope === 'none') return;
  const open = scope === 'suggested' ? suggestions : unanswered;
  const declined = new Set<Criterion>();
  let group: Criterion | undefined;
  for (let i = 0; i < open.length;) {
    const { criterion, indicator } = open[i]!;
    if (criterion !== group) {
      group = criterion;
      ask.say(`\n${style.bold(criterion.title)}: ${oneLine(criterion.summary)}`);
      const count = open.filter((q) => q.criterion === criterion).length;
      if (
        scope === 'by-group' &&
        !(await ask.confirm({ message: `Answer the ${count} questions on "${criterion.title}" now?`, default: true }))
      )
        declined.add(criterion);
    }
    if (declined.has(criterion)) {
      i++;
      continue;
    }
    const progress = style.dim(`[${i + 1}/${open.length}]`);
    const choices: Choice<Answer | typeof BACK>[] = answerChoices(indicator);
    const before = own(asked, indicator.id);
    const isSuggestion = before?.suggested === true;
    if (isSuggestion) sayWhatWasSuggested(ask, style, before.answer, before.evidence);
    const answer = await ask.choose<Answer | typeof BACK>({
      message: `${progress} ${oneLine(indicator.question)}${isSuggestion ? ` (suggested: ${before.answer})` : ''}`,
      choices: i > 0 ? [...choices, backChoice] : choices,
      default: before?.answer ?? (UNKNOWN as Answer),
    });
    if (answer === BACK) {
      do i--;
      while (i > 0 && declined.has(open[i]!.criterion));
      clearEntry(draft.answers, open[i]!.indicator.id, asked);
      group = open[i]!.criterion;
      continue;
    }
    const entry: AnswerEntry = { answer };
    if (answer === 'yes' || answer === 'partly' || answer === 'no') {
      const evidence = await askEvidence(
        ask,
        `${style.dim('Evidence:')}${ANSWER_EVIDENCE_QUESTION.replace(/^Evidence:/, '')}`,
        before,
        isSuggestion,
      );
      if (evidence) entry.evidence = evidence;
    }
    draft.answers[indicator.id] = entry;
    i++;
  }
}

/**
 * Walks a person through describing a project, writing each answer into `draft` as it is given
 * (so that what was answered survives Ctrl-C). With a draft from an existing file (--resume),
 * only what is still unknown is asked, and what `copro draft` suggested is shown to be checked.
 */
export async function askProject(
  ask: Asker,
  framework: Framework,
  checkYear: YearCheck,
  style: Style,
  draft: Project = { name: '', stages: {}, answers: {} },
): Promise<Project> {
  // A custom framework's labels, questions and titles reach the terminal: stripped of escape
  // sequences first, as validate and criteria strip them (ids are plain by the framework schema).
  const shown = safeStrings(framework);
  const resuming = Boolean(draft.name);
  await askDetails(ask, shown, checkYear, style, draft, resuming);
  await askStages(ask, shown, style, draft);
  await askAnswers(ask, shown, style, draft);
  return draft;
}

/** The real Asker: @inquirer/prompts on the terminal (loaded only when `copro init` asks). */
export async function inquirerAsker({ color }: { color: boolean }): Promise<Asker> {
  // The prompts colour through node:util styleText, which honours NO_COLOR (and a terminal's
  // absence) but knows nothing of --no-color: say it in the form it understands.
  if (!color) process.env.NO_COLOR = '1';
  const { input, select, confirm } = await import('@inquirer/prompts');
  // Prose is wrapped between words to the terminal (the prompts would break lines mid-word);
  // questions leave room for the "? " in front and the answer after them.
  const width = Math.max(40, Math.min(process.stdout.columns || 80, 100) - 1);
  const wrap = (text: string, room = 0) => wrapParagraphs(text, width - room);
  return {
    // A refused answer is cleared, so the next try is not typed after it ("2023/242023").
    text: ({ message, required, default: initial, validate }) =>
      input({
        message: wrap(message, 12),
        required: required ?? false,
        ...(initial !== undefined ? { default: initial } : {}),
        ...(validate ? { validate, theme: { validationFailureMode: 'clear' as const } } : {}),
      }),
    choose: ({ message, choices, default: initial }) =>
      select({
        message: wrap(message, 12),
        // One line per choice (longer names confuse the list's paging); the description has the rest.
        choices: choices.map((c) => ({
          ...c,
          name: shorten(c.name, width - 6),
          ...(c.description ? { description: wrap(c.description) } : {}),
        })),
        default: initial,
        pageSize: choices.length,
        loop: false,
        theme: { indexMode: 'number' },
      }),
    confirm: ({ message, default: initial }) => confirm({ message: wrap(message, 8), default: initial }),
    say: (text) => void process.stdout.write(`${wrap(text)}\n`),
  };
}
