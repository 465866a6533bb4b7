// The questionnaire, once: every question `copro init`, `copro review` and the self-assessment
// page ask, with its choices and their words. The front ends only render it (a terminal list, a
// radio group), so a community member meets the same words wherever they answer, and a change of
// wording is made here alone. Pure: no terminal, no page.
import type {
  Answer,
  Framework,
  Indicator,
  Level,
  PartnerEntry,
  PartnerSide,
  ProjectInfo,
  Stage,
} from '../model/types.js';
import { resolvePartners } from './partners.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../model/types.js';

/** One choice of a question: the value written to the file, its words, and what it means. */
export interface QuestionChoice<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

/** The project's details asked as free text, in the order they are asked. */
export type DetailKey = 'name' | 'organisation' | 'location' | 'year' | 'summary' | 'describedAs';

export interface DetailQuestion {
  key: DetailKey;
  question: string;
  /** The question for a plan, of work not started yet. */
  planned?: string;
  hint?: string;
  required?: boolean;
}

const DETAIL_QUESTIONS: readonly DetailQuestion[] = [
  { key: 'name', question: "The project's name", required: true },
  { key: 'organisation', question: 'Who ran or hosted it?', planned: 'Who will run or host it?' },
  {
    key: 'location',
    question: 'Where did it take place?',
    planned: 'Where will it take place?',
    hint: 'A town, a neighbourhood or a council area.',
  },
  {
    key: 'year',
    question: 'When?',
    hint: 'A year such as 2019, a range such as 2018-2020, or "2021 onwards" for one still running.',
  },
  {
    key: 'summary',
    question: 'In a sentence or two: what happened, who took part, what changed?',
    planned: 'In a sentence or two: what is planned, and who will take part?',
  },
  {
    key: 'describedAs',
    question: 'What does the project call itself?',
    hint: 'For example: co-production or consultation.',
  },
];

/** The question of a detail, by its key. */
export function detailQuestion(key: DetailKey): DetailQuestion {
  return DETAIL_QUESTIONS.find((q) => q.key === key)!;
}

/** The details a review asks for when missing: what a hub page and a comparison need. */
const REVIEW_DETAILS: readonly DetailKey[] = ['name', 'organisation', 'location', 'year'];

/** The words of the three answers that are not a level or a yes/no, the same in every front end. */
export const NOT_SURE = {
  label: 'Not sure, or not described',
  hint: 'Not the same as "no": it is simply not known or not written down yet. It is never counted against the project; it lowers how much is described.',
} as const;

const NOT_STARTED = {
  label: 'Not started yet',
  hint: 'This stage is still to come. You are asked next what is planned for it.',
} as const;

const doesNotApply = (what: string) => ({ label: "Doesn't apply", hint: `${what} It is left out of the score.` });

/** The question for a stage's level. */
export function stageQuestion(stage: Stage): string {
  return `How much power did the people affected have at the ${stage.label} stage?`;
}

/** The question for a stage's evidence, and what makes a good answer. */
export const STAGE_EVIDENCE_QUESTION = 'What happened at this stage that shows it?';
export const STAGE_EVIDENCE_HINT = 'Who did what, in a sentence: power-sharing counts only with evidence.';

/** "Consult: The organisation frames the question…" — the label and the first sentence of its description. */
export function levelSummary(level: Level): string {
  const first = (level.description ?? '').replace(/\s+/g, ' ').match(/^.*?[.!?](?=\s|$)/)?.[0];
  return first ? `${level.label}: ${first}` : level.label;
}

/** A level explained for a stage: its test there (so two people code it alike), then what it means in general. */
function levelHint(level: Level, stage: Stage): string {
  const general = `${level.description ?? ''}${level.example ? ` For example: ${level.example}` : ''}`.trim();
  const test = stage.tests?.[level.id];
  return test ? `At ${stage.label.toLowerCase()}, ${level.id} means: ${test} (${general})` : general;
}

/** The choices for a stage: each level (least power first), then not started yet, not sure, doesn't apply. */
export function stageChoices(framework: Framework, stage: Stage): QuestionChoice[] {
  return [
    ...framework.levels.map((level) => ({ value: level.id, label: level.label, hint: levelHint(level, stage) })),
    { value: NOT_YET, ...NOT_STARTED },
    { value: UNKNOWN, ...NOT_SURE },
    { value: NOT_APPLICABLE, ...doesNotApply('The project has no such stage.') },
  ];
}

/** The question for a stage not started yet: the offer, as the Participation Handbook asks for it. */
export function planQuestion(stage: Stage): string {
  return `What will the project offer people at the ${stage.label} stage?`;
}

/** The question for the evidence of a plan. */
export const PLAN_EVIDENCE_QUESTION = 'What is planned, and who agreed it? In a sentence.';

/** A level as an offer: the framework's words for it ("We will carry out what you decide"), else its description. */
function offerOf(level: Level): string {
  return level.offer ?? level.description ?? level.label;
}

/**
 * The choices for a plan: each level as the offer made to people, then "not decided yet". A
 * whole plan (`init --plan`) asks no level first, so there a stage may also not apply.
 */
export function planChoices(framework: Framework, { orNotApplicable = false } = {}): QuestionChoice[] {
  return [
    ...framework.levels.map((level) => ({ value: level.id, label: level.label, hint: offerOf(level) })),
    { value: UNKNOWN, label: 'Not decided yet', hint: 'The offer for this stage is still to be agreed.' },
    ...(orNotApplicable ? [{ value: NOT_APPLICABLE, ...doesNotApply('The project will have no such stage.') }] : []),
  ];
}

/** The choices for a question: yes, partly, no, not sure, doesn't apply. */
export function answerChoices(indicator: Indicator): QuestionChoice<Answer>[] {
  return [
    { value: 'yes', label: 'Yes', ...(indicator.yes ? { hint: `Counts as yes: ${indicator.yes}` } : {}) },
    {
      value: 'partly',
      label: 'Partly',
      ...(indicator.partly ? { hint: `Counts as partly: ${indicator.partly}` } : {}),
    },
    { value: 'no', label: 'No', hint: 'This did not happen.' },
    { value: UNKNOWN as Answer, ...NOT_SURE },
    { value: NOT_APPLICABLE as Answer, ...doesNotApply('The question does not fit this project.') },
  ];
}

/** The question for an answer's evidence. */
export const ANSWER_EVIDENCE_QUESTION = 'Evidence: what shows it (a document, a quote, a figure)?';

/** The partners question: who took part (shared the work, or only gave views), in the person's words. */
export const PARTNERS_QUESTION = {
  question: 'Who took part? Name each group or organisation, separated by commas',
  planned: 'Who will take part? Name each group or organisation, separated by commas',
  hint: 'In your own words: "parents", "council staff", "Sustrans Scotland".',
} as const;

/** The question for the side of a partner the framework's words cannot place. */
export function partnerSideQuestion(name: string): string {
  return `Which side is "${name}" on?`;
}

export const PARTNER_SIDES: readonly QuestionChoice<PartnerSide>[] = [
  {
    value: 'community',
    label: 'The community side',
    hint: 'People who use the service or are affected by it, and the groups that speak for them.',
  },
  {
    value: 'service',
    label: 'The service side',
    hint: 'The organisations that run or pay for the service, and their staff.',
  },
];

/** The details of a project still missing, of those a review asks for. */
export function missingDetails(project: ProjectInfo, isPlaceholderName: (name: string) => boolean): DetailKey[] {
  return REVIEW_DETAILS.filter((key) => {
    const value = project[key];
    if (key === 'name') return typeof value !== 'string' || value.trim() === '' || isPlaceholderName(value);
    return value === undefined || String(value).trim() === '';
  });
}

/**
 * The partners as copro read them, each with its side in words ("parents (the community side)"):
 * what review and the self-assessment page show for a yes.
 */
export function partnersWithSides(framework: Framework, partners: readonly PartnerEntry[]): string[] {
  const sideWords = new Map(PARTNER_SIDES.map((side) => [side.value, side.label.toLowerCase()]));
  return resolvePartners(framework, [...partners]).map(
    (p) => `${p.name} (${(p.side && sideWords.get(p.side)) ?? 'side not known'})`,
  );
}

/** Whether the people involved agreed to publishing, as the `publish` block records it. */
export type PublishConsent = 'yes' | 'no' | 'unknown';

/**
 * The publishing question: a hub shows a project whose file does not say no, so a review records
 * the people's answer when it is known. "Not asked yet" comes first and writes nothing, so that
 * pressing Enter never gives consent on anyone's behalf.
 */
export const PUBLISH_QUESTION = {
  question: 'May this example be shown on a public hub, for others to learn from?',
  hint: 'Ask the people involved: a hub shows every project whose file does not say no.',
  choices: [
    {
      value: 'unknown',
      label: 'Not asked yet',
      hint: 'Nothing is recorded, and a hub still shows it unless its editor publishes only what people agreed to. Ask the people involved first.',
    },
    {
      value: 'yes',
      label: 'Yes, the people involved agreed',
      hint: 'Recorded in the file, with the summary the public page shows.',
    },
    { value: 'no', label: 'No', hint: 'Recorded in the file: a hub leaves the project out.' },
  ] as readonly QuestionChoice<PublishConsent>[],
} as const;

/** The summary a public page shows: the project's own, unless one is written for the public. */
export const PUBLIC_SUMMARY_QUESTION = {
  keep: 'Show this summary on the public page?',
  write: 'A sentence or two for the public page (it need not name anyone):',
} as const;

/** The consent a project's file records, in the publishing question's terms. */
export function publishConsentOf(project: Pick<ProjectInfo, 'publish'>): PublishConsent {
  const consent = project.publish?.consent;
  return consent === true ? 'yes' : consent === false ? 'no' : 'unknown';
}
