// The `copro init` questionnaire: the project's details, each stage's level (every level
// explained in plain words, with an example), then each indicator's question. It asks through an
// Asker, so the flow can be tested without a terminal; `inquirerAsker` is the real one.
import type { Answer, AnswerEntry, Criterion, Framework, Indicator, Level, Project, Stage, StageEntry } from '../core/types.js';
import { NOT_APPLICABLE, UNKNOWN } from '../core/types.js';
import { oneLine } from '../render/safe-text.js';
import type { Style } from '../render/style.js';
import { shorten, wrapParagraphs } from '../render/wrap.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  /** What stays on screen once chosen (the name, when not given). */
  short?: string;
}

export interface Asker {
  /** Free text; an empty answer means "skip". */
  text(question: { message: string; required?: boolean; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  choose<T extends string>(question: { message: string; choices: Choice<T>[]; default: T }): Promise<T>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
  /** Explanations between questions. */
  say(text: string): void;
}

/** Checks a year the way the project schema does, so the file written is always valid. */
export type YearCheck = (year: string | number) => true | string;

type AnswerScope = 'all' | 'by-group' | 'none';

const SKIP = '(optional)';

function yearValue(text: string): string | number {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : text.trim();
}

async function askDetails(ask: Asker, checkYear: YearCheck, style: Style): Promise<Omit<Project, 'stages' | 'answers'>> {
  ask.say(
    [
      style.bold('Describe a project for copro.'),
      'A few details first, then who held power at each stage of the project, then short questions about how it was done. ' +
        'Anything marked (optional) can be skipped with Enter; skipped questions are written to the file as "unknown", to fill in later. ' +
        'Ctrl-C stops at any time without writing anything.',
      '',
      style.bold('First, the project itself.'),
    ].join('\n'),
  );
  const name = (await ask.text({ message: "The project's name:", required: true })).trim();
  const details: Omit<Project, 'stages' | 'answers'> = { name };
  const organisation = (await ask.text({ message: `Who ran or hosted it? ${SKIP}` })).trim();
  if (organisation) details.organisation = organisation;
  const location = (await ask.text({ message: `Where did it take place? ${SKIP}` })).trim();
  if (location) details.location = location;
  const year = (await ask.text({ message: `When? A year such as 2019, or a range such as 2018-2020 ${SKIP}`, validate: (v) => (v.trim() === '' ? true : checkYear(yearValue(v))) })).trim();
  if (year) details.year = yearValue(year);
  const summary = (await ask.text({ message: `In a sentence or two: what happened, who took part, what changed? ${SKIP}` })).trim();
  if (summary) details.summary = summary;
  const describedAs = (await ask.text({ message: `What does the project call itself, e.g. co-production or consultation? ${SKIP}` })).trim();
  if (describedAs) details.describedAs = describedAs;
  return details;
}

/** "Consult: The organisation frames the question…" — the label and the first sentence of its description. */
function levelName(level: Level): string {
  const first = oneLine(level.description ?? '').match(/^.*?[.!?](?=\s|$)/)?.[0];
  return first ? `${level.label}: ${first}` : level.label;
}

/** Each level, explained for this stage: its test here (so two people code it alike), then the general meaning. */
function levelChoices(framework: Framework, stage: Stage): Choice<string>[] {
  return [
    ...framework.levels.map((level) => {
      const test = stage.tests?.[level.id];
      const general = `${level.description ?? ''}${level.example ? ` For example: ${level.example}` : ''}`;
      return {
        value: level.id,
        name: levelName(level),
        short: level.id,
        description: oneLine(test ? `At ${stage.label.toLowerCase()}, ${level.id} means: ${test} (${general})` : general),
      };
    }),
    { value: UNKNOWN, name: 'Not described, or not sure (unknown)', short: UNKNOWN, description: 'Not the same as "none": the stage is simply not described yet. Fill it in later if you can.' },
    { value: NOT_APPLICABLE, name: 'Does not apply (n/a)', short: NOT_APPLICABLE, description: 'The project had no such stage.' },
  ];
}

/** `earlier`: a previous assessment's stages, each offered as the default (`copro init --from`). */
export async function askStages(ask: Asker, framework: Framework, style: Style, earlier: Record<string, StageEntry> = {}): Promise<Record<string, StageEntry>> {
  ask.say(
    [
      '',
      style.bold(`Next, the ${framework.stages.length} stages of the project, and how much power the people affected had at each.`),
      'The levels run from the least power to the most. Move with the arrow keys (or type the number) ' +
        'and read the explanation under the list; press Enter to choose.',
    ].join('\n'),
  );
  const stages: Record<string, StageEntry> = {};
  for (const stage of framework.stages) {
    const choices = levelChoices(framework, stage);
    ask.say(`\n${style.bold(stage.label)}: ${oneLine(stage.description ?? '')}`);
    const before = earlier[stage.id];
    const level = await ask.choose({ message: `How much power did the people affected have at the ${stage.label} stage?`, choices, default: before?.level ?? UNKNOWN });
    const entry: StageEntry = { level };
    if (level !== UNKNOWN && level !== NOT_APPLICABLE) {
      const offered = before?.evidence ? { default: before.evidence } : {};
      const evidence = (await ask.text({ message: `What happened at this stage that shows it? ${SKIP}`, ...offered })).trim();
      if (evidence) entry.evidence = evidence;
    }
    stages[stage.id] = entry;
  }
  return stages;
}

function answerChoices(indicator: Indicator): Choice<Answer>[] {
  return [
    { value: 'yes', name: 'Yes', ...(indicator.yes ? { description: `Counts as yes: ${oneLine(indicator.yes)}` } : {}) },
    { value: 'partly', name: 'Partly', ...(indicator.partly ? { description: `Counts as partly: ${oneLine(indicator.partly)}` } : {}) },
    { value: 'no', name: 'No', description: 'This did not happen.' },
    { value: 'unknown', name: 'Not described, or not sure (unknown)', short: 'unknown', description: 'Not the same as "no": the answer is simply not known yet. Fill it in later if you can.' },
    { value: 'n/a', name: 'Does not apply (n/a)', short: 'n/a', description: 'The question does not fit this project; it is left out of the score.' },
  ];
}

async function askScope(ask: Asker, framework: Framework, style: Style, reassessing: boolean): Promise<AnswerScope> {
  const count = framework.criteria.reduce((n, c) => n + c.indicators.length, 0);
  ask.say(`\n${style.bold(`Last, ${count} short questions in ${framework.criteria.length} groups, one group for each criterion.`)}`);
  return ask.choose<AnswerScope>({
    message: 'Answer them now?',
    default: 'all',
    choices: [
      { value: 'all', name: 'Yes, all of them', description: 'About ten minutes. Any question can be skipped with Enter.' },
      { value: 'by-group', name: 'Group by group', description: 'Say for each group whether to answer it now.' },
      reassessing
        ? { value: 'none', name: 'Not now', description: 'The earlier answers are kept as they are, with each question beside it, to revisit later.' }
        : { value: 'none', name: 'Not now', description: 'Every question is written to the file as "unknown", with the question beside it, to fill in later.' },
    ],
  });
}

async function askCriterion(ask: Asker, criterion: Criterion, progress: () => string, answers: Record<string, AnswerEntry>, style: Style, earlier: Record<string, AnswerEntry>): Promise<void> {
  for (const indicator of criterion.indicators) {
    const before = earlier[indicator.id];
    const answer = await ask.choose({ message: `${progress()} ${oneLine(indicator.question)}`, choices: answerChoices(indicator), default: before?.answer ?? (UNKNOWN as Answer) });
    const entry: AnswerEntry = { answer };
    if (answer === 'yes' || answer === 'partly' || answer === 'no') {
      const offered = before?.evidence ? { default: before.evidence } : {};
      const evidence = (await ask.text({ message: `${style.dim('Evidence:')} what shows it (a document, a quote, a figure)? ${SKIP}`, ...offered })).trim();
      if (evidence) entry.evidence = evidence;
    }
    answers[indicator.id] = entry;
  }
}

/** `earlier`: a previous assessment's answers, each offered as the default and kept for questions not asked. */
export async function askAnswers(ask: Asker, framework: Framework, style: Style, earlier: Record<string, AnswerEntry> = {}): Promise<Record<string, AnswerEntry>> {
  const answers: Record<string, AnswerEntry> = { ...earlier };
  const scope = await askScope(ask, framework, style, Object.keys(earlier).length > 0);
  if (scope === 'none') return answers;
  const total = framework.criteria.reduce((n, c) => n + c.indicators.length, 0);
  let asked = 0;
  const progress = () => style.dim(`[${++asked}/${total}]`);
  for (const criterion of framework.criteria) {
    ask.say(`\n${style.bold(criterion.title)}: ${oneLine(criterion.summary)}`);
    if (scope === 'by-group' && !(await ask.confirm({ message: `Answer the ${criterion.indicators.length} questions on "${criterion.title}" now?`, default: true }))) {
      asked += criterion.indicators.length;
      continue;
    }
    await askCriterion(ask, criterion, progress, answers, style, earlier);
  }
  return answers;
}

/** Walks a person through describing a project; returns it ready to be written. */
export async function askProject(ask: Asker, framework: Framework, checkYear: YearCheck, style: Style): Promise<Project> {
  const details = await askDetails(ask, checkYear, style);
  const stages = await askStages(ask, framework, style);
  const answers = await askAnswers(ask, framework, style);
  return { ...details, stages, answers };
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
    text: ({ message, required, default: initial, validate }) =>
      input({ message: wrap(message, 12), required: required ?? false, ...(initial !== undefined ? { default: initial } : {}), ...(validate ? { validate } : {}) }),
    choose: ({ message, choices, default: initial }) =>
      select({
        message: wrap(message, 12),
        // One line per choice (longer names confuse the list's paging); the description has the rest.
        choices: choices.map((c) => ({ ...c, name: shorten(c.name, width - 6), ...(c.description ? { description: wrap(c.description) } : {}) })),
        default: initial,
        pageSize: choices.length,
        loop: false,
        theme: { indexMode: 'number' },
      }),
    confirm: ({ message, default: initial }) => confirm({ message: wrap(message, 8), default: initial }),
    say: (text) => void process.stdout.write(`${wrap(text)}\n`),
  };
}
