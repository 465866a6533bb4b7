// The self-assessment page's script (bundled for the browser by scripts/build-browser.mjs and
// inlined into the page, allowed by its hash). It asks the framework's questions a few at a time,
// keeps the answers in the browser, and shows the scorecard as copro's own core computes it.
// Every piece of text from the framework or the person goes in with textContent; the scorecard
// is copro's HTML renderer, which escapes everything.
import { commandHintOf } from '../core/assess/next-steps.js';
import { classRankNumber } from '../render/html/parts.js';
import type { Criterion, LoadedFramework, PartnerEntry, PartnerSide, Stage } from '../core/model/types.js';
import { resolvePartners } from '../core/project/partners.js';
import type { RawProject } from '../core/project/project-rules.js';
import { onCourseWords } from '../core/project/review-questions.js';
import { NOT_YET } from '../core/model/types.js';
import {
  ANSWER_EVIDENCE_QUESTION,
  answerChoices,
  detailQuestion,
  PARTNER_SIDES,
  partnerSideQuestion,
  partnersWithSides,
  PARTNERS_QUESTION,
  PLAN_EVIDENCE_QUESTION,
  PUBLIC_SUMMARY_QUESTION,
  PUBLISH_QUESTION,
  publishConsentOf,
  planChoices,
  planQuestion,
  stageChoices,
  STAGE_EVIDENCE_HINT,
  STAGE_EVIDENCE_QUESTION,
  type DetailKey,
  type QuestionChoice,
} from '../core/project/questionnaire.js';
import { renderHtmlScorecard } from '../render/html/scorecard.js';
import { practiceScoreText } from '../render/scorecard-parts.js';
import { frameworkOutline } from '../render/sink.js';
import {
  emptyState,
  entryOf,
  fieldProblem,
  fileNameOf,
  firstOpenScreen,
  nextToCheck,
  loadProjectText,
  partnersReadFromText,
  savedState,
  projectFileOf,
  scorecardOf,
  suggestionsLeft,
  withEntry,
  type EntryParts,
  type FormState,
  type Section,
} from './form-state.js';

interface PageData {
  framework: LoadedFramework;
  submitTo?: string;
  tool: { name: string; version: string };
}

type Screen =
  | { kind: 'about' }
  | { kind: 'stage'; stage: Stage }
  | { kind: 'criterion'; criterion: Criterion }
  | { kind: 'finish' };

const data = JSON.parse(document.getElementById('form-data')!.textContent!) as PageData;
const framework = data.framework;
const outline = frameworkOutline(framework);
const STORE = `copro-form:${framework.id}`;
const screens: Screen[] = [
  { kind: 'about' },
  ...framework.stages.map((stage) => ({ kind: 'stage' as const, stage })),
  ...framework.criteria.map((criterion) => ({ kind: 'criterion' as const, criterion })),
  { kind: 'finish' },
];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const main = $<HTMLElement>('form-screen');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

/** Said once the page is drawn: answers saved on an earlier visit that no longer fit were cleared. */
let restoreNote = '';

function restore(): FormState {
  let saved: unknown;
  try {
    saved = JSON.parse(localStorage.getItem(STORE) ?? 'null');
  } catch {
    // Nothing saved, or storage is switched off, or not JSON at all: start afresh.
  }
  if (saved === null || saved === undefined) return emptyState();
  const state = savedState(framework, saved, screens.length);
  if (state) return state;
  // Saved by an older page, or changed by hand: it cannot be trusted field by field, so it goes.
  restoreNote =
    'The answers saved in this browser no longer fit this page (it or its framework has changed), so they were cleared. If you downloaded a project file, load it to carry on.';
  try {
    localStorage.removeItem(STORE);
  } catch {
    // Storage switched off: nothing to clear.
  }
  return emptyState();
}

let state = restore();

function save(): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(state));
  } catch {
    // Storage switched off or full: the page still works, it just cannot resume.
  }
}

// ---- Fields: each writes straight into state.raw, then the scorecard is worked out again. ----

function changed(): void {
  save();
  showScore();
}

function textField(key: DetailKey, multiline = false, label = detailQuestion(key).question): HTMLElement {
  const hint = detailQuestion(key).hint ?? '';
  const id = `field-${key}`;
  const value = state.raw[key] === undefined ? '' : String(state.raw[key]);
  const input = multiline ? el('textarea', { id, rows: '4' }) : el('input', { id, type: 'text', autocomplete: 'off' });
  input.value = value;
  const problem = el('p', { class: 'field-problem', id: `${id}-problem`, 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-problem`].filter(Boolean).join(' '));
  input.addEventListener('input', () => {
    const text = input.value;
    const typed =
      key === 'year' && /^\s*\d{4}\s*$/.test(text) ? Number(text.trim()) : key === 'name' ? text : text.trim();
    // What copro validate would refuse is not kept: the field says why, as the CLI would.
    const wrong = text.trim() === '' ? undefined : fieldProblem(framework, key, typed);
    problem.textContent = wrong ?? '';
    input.setAttribute('aria-invalid', wrong ? 'true' : 'false');
    if (wrong || (text.trim() === '' && key !== 'name')) delete state.raw[key];
    else state.raw[key] = typed as never;
    changed();
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    ...(hint ? [el('p', { class: 'hint', id: `${id}-hint` }, hint)] : []),
    input,
    problem,
  );
}

function evidenceField(
  id: string,
  current: string | undefined,
  onChange: (text: string | undefined) => void,
  label: string,
): HTMLElement {
  const area = el('textarea', { id, rows: '2' });
  area.value = current ?? '';
  area.addEventListener('input', () => onChange(area.value.trim() === '' ? undefined : area.value));
  return el('div', { class: 'field evidence-field' }, el('label', { for: id }, label), area);
}

type Option = QuestionChoice;

function radioGroup(
  name: string,
  legend: string,
  options: Option[],
  current: string,
  onChange: (value: string) => void,
  describedBy?: string,
  /** Shown between the question and its choices (a suggestion to check). */
  intro?: HTMLElement,
): HTMLElement {
  const fieldset = el('fieldset', { class: 'choices' }, el('legend', {}, legend), ...(intro ? [intro] : []));
  if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
  for (const option of options) {
    const id = `${name}--${option.value.replace(/[^a-z0-9]/gi, '-')}`;
    const input = el('input', { type: 'radio', name, id, value: option.value });
    input.checked = option.value === current;
    input.addEventListener('change', () => onChange(option.value));
    const text = el('span', { class: 'choice-label' }, option.label);
    const label = el(
      'label',
      { for: id },
      text,
      ...(option.hint ? [el('span', { class: 'choice-hint' }, option.hint)] : []),
    );
    fieldset.append(el('div', { class: 'choice' }, input, label));
  }
  return fieldset;
}

/** The partners entered as a kind's id (ticked) and those in the person's own words (typed), in the file's order. */
function partnerParts(): { kinds: Set<string>; others: PartnerEntry[] } {
  const kinds = new Set<string>();
  const others: PartnerEntry[] = [];
  for (const entry of state.raw.partners ?? []) {
    if (typeof entry === 'string' && framework.partners.some((p) => p.id === entry)) kinds.add(entry);
    else others.push(entry);
  }
  return { kinds, others };
}

/** Marks the partners read from a text as checked by the person, on the page and in the state. */
let partnersChecked: () => void = () => {};

function setPartners(kinds: Set<string>, others: PartnerEntry[]): void {
  const list = [...framework.partners.map((p) => p.id).filter((id) => kinds.has(id)), ...others];
  if (list.length) state.raw.partners = list;
  else delete state.raw.partners;
  // Changing who took part is an answer to "who took part?": the reading is checked.
  if (state.partnersToCheck) partnersChecked();
  changed();
}

/**
 * The partners copro draft read from a text, each with its side, shown for a yes as copro review
 * asks ("Are these the people and organisations who took part, each on the right side?"). Keeping
 * them (the button) or changing any of them below confirms the reading.
 */
function partnersNote(): HTMLElement {
  const read = partnersWithSides(framework, state.raw.partners ?? []).map((partner) => el('li', {}, partner));
  const button = el(
    'button',
    { type: 'button', class: 'button secondary', id: 'partners-suggestion-keep' },
    'These are right',
  );
  const note = el(
    'div',
    { class: 'suggestion', id: 'partners-suggestion', 'aria-live': 'polite' },
    el('p', { class: 'suggestion-mark' }, 'Suggested from your text — check it'),
    el('p', {}, 'copro draft read these as the people and organisations who took part, each on this side:'),
    el('ul', {}, ...read),
    el('p', { class: 'actions' }, button, el('span', { class: 'hint' }, 'or change them below.')),
  );
  partnersChecked = () => {
    delete state.partnersToCheck;
    note.className = 'suggestion checked';
    note.replaceChildren(el('p', {}, 'Checked: who took part is your answer now, no longer a suggestion.'));
  };
  button.addEventListener('click', () => {
    partnersChecked();
    changed();
  });
  return note;
}

/** For each partner in the person's words that the framework's words cannot place: which side it is on. */
function sideQuestions(holder: HTMLElement): void {
  const { others } = partnerParts();
  const resolved = resolvePartners(framework, others);
  holder.replaceChildren(
    ...others.flatMap((entry, i) => {
      if (resolved[i]!.side !== undefined && (typeof entry === 'string' || entry.side === undefined)) return [];
      const name = resolved[i]!.name;
      const current = typeof entry === 'string' ? '' : (entry.side ?? '');
      return [
        radioGroup(`partner-side-${i}`, partnerSideQuestion(name), [...PARTNER_SIDES], current, (side) => {
          const now = partnerParts();
          now.others[i] = { ...(typeof entry === 'string' ? { name } : entry), side: side as PartnerSide };
          setPartners(now.kinds, now.others);
        }),
      ];
    }),
  );
}

function partnersField(): HTMLElement {
  const fieldset = el('fieldset', { class: 'choices' }, el('legend', {}, 'Who took part? Tick all that apply.'));
  const { kinds: chosen } = partnerParts();
  for (const partner of framework.partners) {
    const id = `partner--${partner.id}`;
    const box = el('input', { type: 'checkbox', id, value: partner.id });
    box.checked = chosen.has(partner.id);
    box.addEventListener('change', () => {
      const now = partnerParts();
      if (box.checked) now.kinds.add(partner.id);
      else now.kinds.delete(partner.id);
      setPartners(now.kinds, now.others);
    });
    fieldset.append(
      el(
        'div',
        { class: 'choice' },
        box,
        el(
          'label',
          { for: id },
          el('span', { class: 'choice-label' }, partner.label),
          ...(partner.description ? [el('span', { class: 'choice-hint' }, partner.description)] : []),
        ),
      ),
    );
  }
  const input = el('input', {
    id: 'field-partners',
    type: 'text',
    autocomplete: 'off',
    'aria-describedby': 'field-partners-hint',
  });
  input.value = partnerParts()
    .others.map((entry) => (typeof entry === 'string' ? entry : entry.name))
    .join(', ');
  const sides = el('div', { class: 'partner-sides' });
  // Read when the person leaves the field, so a side question does not appear under each letter typed.
  input.addEventListener('change', () => {
    const before = partnerParts().others;
    const others = input.value
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name.length > 0)
      .map((name) => before.find((e) => typeof e !== 'string' && e.name === name) ?? name);
    setPartners(partnerParts().kinds, others);
    sideQuestions(sides);
  });
  sideQuestions(sides);
  return el(
    'div',
    {},
    ...(state.partnersToCheck ? [partnersNote()] : []),
    fieldset,
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'field-partners' }, 'Anyone else? Name each group or organisation, separated by commas'),
      el('p', { class: 'hint', id: 'field-partners-hint' }, PARTNERS_QUESTION.hint),
      input,
    ),
    sides,
  );
}

type PublishBlock = NonNullable<RawProject['publish']>;

/** One field of the publish block set (or, undefined, removed); a block left empty is no block. */
function setPublish<K extends keyof PublishBlock>(key: K, value: PublishBlock[K] | undefined): void {
  const { [key]: _before, ...rest } = state.raw.publish ?? {};
  const kept: PublishBlock = value === undefined ? rest : { ...rest, [key]: value };
  if (Object.keys(kept).length > 0) state.raw.publish = kept;
  else delete state.raw.publish;
  changed();
}

/**
 * Whether the people involved agreed to publishing, and (after a yes) the summary the public page
 * shows, as copro review asks them: "not asked yet" records nothing.
 */
function publishFields(): HTMLElement {
  const summary = el('textarea', {
    id: 'field-public-summary',
    rows: '3',
    'aria-describedby': 'field-public-summary-hint',
  });
  summary.value = state.raw.publish?.summary ?? '';
  summary.addEventListener('input', () => setPublish('summary', summary.value.trim() || undefined));
  const summaryField = el(
    'div',
    { class: 'field', id: 'public-summary' },
    el('label', { for: 'field-public-summary' }, PUBLIC_SUMMARY_QUESTION.write),
    el(
      'p',
      { class: 'hint', id: 'field-public-summary-hint' },
      'Leave it empty to show the summary above. If copro draft took that summary from an email, it may quote the email word for word.',
    ),
    summary,
  );
  summaryField.hidden = publishConsentOf(state.raw) !== 'yes';
  const consent = radioGroup(
    'publish',
    PUBLISH_QUESTION.question,
    [...PUBLISH_QUESTION.choices],
    publishConsentOf(state.raw),
    (value) => {
      summaryField.hidden = value !== 'yes';
      setPublish('consent', value === 'unknown' ? undefined : value === 'yes');
    },
  );
  return el('div', {}, consent, summaryField);
}

// ---- Screens ----

function aboutScreen(): HTMLElement[] {
  return [
    el('h2', { id: 'screen-title', tabindex: '-1' }, 'About the project'),
    el('p', {}, 'A few details first. Only the name is needed; everything else helps others learn from your example.'),
    textField('name', false, 'Name of the project'),
    textField('organisation'),
    textField('location'),
    textField('year'),
    textField('summary', true),
    textField('describedAs'),
    partnersField(),
    publishFields(),
  ];
}

/**
 * What `copro draft` suggested for a stage or a question, and the sentence it came from, marked
 * for the person to check. Keeping it (the button) or choosing any answer clears the mark; the
 * note then says so (it is a live region, so a screen reader hears it too).
 */
function suggestionNote(
  id: string,
  shown: string,
  evidence: string | undefined,
  keep: () => void,
  /** A draft's "level: unknown" with a quoted sentence: the level is left to the person. */
  leftToYou = false,
): { element: HTMLElement; checked: () => void } {
  const button = el('button', { type: 'button', class: 'button secondary', id: `${id}-keep` }, 'Keep this suggestion');
  const element = el(
    'div',
    { class: 'suggestion', id, 'aria-live': 'polite' },
    el('p', { class: 'suggestion-mark' }, 'Suggested from your text — check it'),
    ...(leftToYou
      ? [
          el(
            'p',
            {},
            'copro draft found this sentence, but could not tell the level from it: choose the closest below.',
          ),
        ]
      : [el('p', {}, 'copro draft suggested ', el('strong', {}, shown), evidence ? ', from:' : '.')]),
    ...(evidence ? [el('blockquote', {}, evidence)] : []),
    ...(leftToYou
      ? []
      : [el('p', { class: 'actions' }, button, el('span', { class: 'hint' }, 'or choose another answer below.'))]),
  );
  const checked = () => {
    element.className = 'suggestion checked';
    element.replaceChildren(el('p', {}, `Checked: “${shown}” is your answer now, no longer a suggestion.`));
  };
  button.addEventListener('click', () => {
    keep();
    checked();
  });
  return { element, checked };
}

/**
 * The choices for a stage or a question, its evidence, and the note on a suggestion, all editing
 * one entry of the project: choosing an answer (or keeping a suggestion) confirms it; editing the
 * evidence alone does not.
 */
function entryFields(
  section: Section,
  id: string,
  name: string,
  legend: string,
  options: Option[],
  evidenceLabel: string,
  describedBy?: string,
): HTMLElement[] {
  let entry = entryOf(state.raw, section, id);
  const set = (next: EntryParts) => {
    // Read afresh: a stage's plan is set beside this entry's own fields.
    entry = { ...entryOf(state.raw, section, id), ...next };
    state.raw = withEntry(state.raw, section, id, entry);
    changed();
  };
  const current = entry.value ?? 'unknown';
  const note = entry.suggested
    ? suggestionNote(
        `${name}-suggestion`,
        options.find((o) => o.value === current)?.label ?? current,
        entry.evidence,
        () => set({ suggested: false }),
        current === 'unknown' && entry.evidence !== undefined,
      )
    : undefined;
  const choose = (value: string) => {
    if (entry.suggested) note?.checked();
    set({ value, suggested: false });
  };
  const described = [describedBy, note ? `${name}-suggestion` : undefined].filter(Boolean).join(' ');
  return [
    radioGroup(name, legend, options, current, choose, described || undefined, note?.element),
    evidenceField(`${name}-evidence`, entry.evidence, (evidence) => set({ evidence }), evidenceLabel),
  ];
}

/**
 * For a stage not started yet: the offer planned for it, shown only while "Not started yet" is
 * chosen (the plan is dropped from the file when a level that happened is chosen instead).
 */
function planFields(stage: Stage, choices: HTMLElement, evidence: HTMLElement): HTMLElement {
  const name = `stage-${stage.id}-plan`;
  const current = () => entryOf(state.raw, 'stages', stage.id);
  const group = radioGroup(name, planQuestion(stage), planChoices(framework), current().plan ?? 'unknown', (plan) => {
    const { plan: _before, ...rest } = current();
    state.raw = withEntry(state.raw, 'stages', stage.id, plan === 'unknown' ? rest : { ...rest, plan });
    changed();
  });
  const block = el('div', { class: 'plan', id: name }, group);
  // The evidence of a stage not started yet is what is planned: its question says so.
  const label = evidence.querySelector('label')!;
  const toggle = () => {
    block.hidden = current().value !== NOT_YET;
    label.textContent = block.hidden ? `${STAGE_EVIDENCE_QUESTION} ${STAGE_EVIDENCE_HINT}` : PLAN_EVIDENCE_QUESTION;
  };
  toggle();
  choices.addEventListener('change', toggle);
  return block;
}

function stageScreen(stage: Stage): HTMLElement[] {
  const [choices, evidence] = entryFields(
    'stages',
    stage.id,
    `stage-${stage.id}`,
    `At ${stage.label.toLowerCase()}, which is closest to what happened?`,
    stageChoices(framework, stage),
    `${STAGE_EVIDENCE_QUESTION} ${STAGE_EVIDENCE_HINT}`,
    stage.description ? `stage-${stage.id}-about` : undefined,
  );
  return [
    el('h2', { id: 'screen-title', tabindex: '-1' }, `Who held power: ${stage.label}`),
    ...(stage.description ? [el('p', { id: `stage-${stage.id}-about` }, stage.description)] : []),
    choices!,
    planFields(stage, choices!, evidence!),
    evidence!,
  ];
}

function criterionScreen(criterion: Criterion): HTMLElement[] {
  const parts: HTMLElement[] = [
    el('h2', { id: 'screen-title', tabindex: '-1' }, criterion.title),
    el('p', {}, criterion.summary),
  ];
  for (const indicator of criterion.indicators) {
    const options = answerChoices(indicator);
    parts.push(
      el(
        'section',
        { class: 'question' },
        ...entryFields(
          'answers',
          indicator.id,
          `answer-${indicator.id}`,
          indicator.question,
          options,
          `${ANSWER_EVIDENCE_QUESTION} (optional)`,
        ),
      ),
    );
  }
  return parts;
}

function finishScreen(): HTMLElement[] {
  const name = state.raw.name?.trim();
  const parts: HTMLElement[] = [el('h2', { id: 'screen-title', tabindex: '-1' }, 'Your scorecard')];
  if (!name) {
    parts.push(el('p', { class: 'problem' }, 'Give the project a name on the first screen to download it.'));
    return parts;
  }
  const fileName = fileNameOf(state.raw);
  const { text, problems } = projectFileOf(framework, state.raw, fileName);
  if (text === undefined) {
    // The same check as copro validate: a file the page offers is always one the CLI accepts.
    parts.push(
      el('p', { class: 'problem' }, 'These answers are not yet a project file copro accepts. Go back and change:'),
      el('ul', { class: 'problem' }, ...problems.slice(0, 10).map((p) => el('li', {}, p))),
    );
    return parts;
  }
  if (state.partnersToCheck)
    parts.push(
      el(
        'p',
        { class: 'suggestion' },
        'Who took part was read from your text and is not checked yet: it decides whether both sides took part. Go back to the first screen to check it.',
      ),
    );
  const left = suggestionsLeft(state.raw);
  if (left > 0)
    parts.push(
      el(
        'p',
        { class: 'suggestion' },
        `${plural(left, 'suggestion')} from copro draft ${left === 1 ? 'is' : 'are'} not checked yet: the file keeps ${left === 1 ? 'it' : 'them'} marked “suggested: true”, and a verdict resting on a suggested stage stays provisional. Go back to check ${left === 1 ? 'it' : 'them'}, or download the file as it is.`,
      ),
    );
  const download = el('a', { class: 'button', id: 'download', download: fileName }, `Download ${fileName}`);
  download.setAttribute('href', URL.createObjectURL(new Blob([text], { type: 'application/yaml' })));
  parts.push(
    el(
      'p',
      {},
      'Download the answers as a project file: keep it, load it here again to carry on, or score it with copro (copro assess ',
      fileName,
      ').',
    ),
    el(
      'p',
      { class: 'actions' },
      download,
      el('button', { type: 'button', class: 'button secondary', id: 'print' }, 'Print a summary'),
    ),
  );
  if (data.submitTo) {
    const subject = `A co-production example: ${name}`;
    const body = shareSummary(name, fileName);
    const mail = el(
      'a',
      {
        class: 'button secondary',
        id: 'share',
        href: `mailto:${encodeURIComponent(data.submitTo)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
      },
      'Share this example by email',
    );
    parts.push(
      el('p', {}, 'Happy for others to learn from it? ', mail),
      el(
        'p',
        { class: 'hint' },
        `Your email program opens a short message to ${data.submitTo}. Download the file first, then attach ${fileName} to the message: the page cannot attach it for you. Nothing is sent until you send it.`,
      ),
    );
  }
  const card = scorecardOf(framework, state.raw);
  if (card) {
    const holder = el('div', { class: 'full-scorecard' });
    holder.innerHTML = renderHtmlScorecard({ file: fileName, ...card }, 1, 3, outline, true);
    parts.push(holder);
  }
  return parts;
}

/** The email's text: a few lines about the project and its verdict, and a request to attach the file (a whole file in a link is too long for many email programs). */
function shareSummary(name: string, fileName: string): string {
  const card = scorecardOf(framework, state.raw);
  const about = [state.raw.organisation, state.raw.location, state.raw.year].filter(
    (v) => v !== undefined && String(v).trim() !== '',
  );
  const summary = typeof state.raw.summary === 'string' ? state.raw.summary.slice(0, 500) : '';
  return [
    "Here is a project described with copro's self-assessment, to share as an example.",
    '',
    `Project: ${name}`,
    ...(about.length ? [about.join(' · ')] : []),
    ...(card
      ? [
          `Verdict so far: ${card.classification.label}${card.classification.provisional ? ' (provisional)' : ''}, described ${card.completeness}%`,
        ]
      : []),
    ...(summary ? ['', summary] : []),
    '',
    `The project file is attached: ${fileName}. (If it is not, please attach the file the page downloaded.)`,
  ].join('\n');
}

// ---- The live scorecard ----

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What is still to check, in the words the loaded-file note uses: the file's suggestions, and who took part. */
function checksLeftText(): string | undefined {
  const left = suggestionsLeft(state.raw);
  if (!state.partnersToCheck)
    return left === 0 ? undefined : `${plural(left, 'suggestion')} from copro draft still to check.`;
  return left === 0
    ? 'Who took part, as copro draft read it, is still to check.'
    : `${plural(left, 'suggestion')} from copro draft, and who took part, still to check.`;
}

function showScore(): void {
  const left = checksLeftText();
  const suggestions = $('live-suggestions');
  suggestions.hidden = left === undefined;
  suggestions.textContent = left ?? '';
  const card = scorecardOf(framework, state.raw);
  const klass = $('live-class');
  const bar = $('bar-class');
  if (!card) {
    klass.textContent = 'Not yet scored';
    bar.textContent = 'Not yet scored';
    return;
  }
  // Down the scale, or its own colour for an outcome off it (not yet assessable, community-led action).
  const rank = classRankNumber(framework.classes, card.classification.id);
  // Before anything is described a verdict would only be a judgement on nothing.
  const onCourse = onCourseWords(framework, card.classification);
  klass.textContent = `${card.completeness === 0 ? 'Nothing described yet' : card.classification.label}${onCourse ? ` — on course for ${onCourse}` : ''}`;
  $('live-about').textContent = [state.raw.name, state.raw.organisation, state.raw.location, state.raw.year]
    .filter((v) => v !== undefined && String(v).trim() !== '')
    .join(' · ');
  klass.className = `badge rank-${rank}`;
  klass.setAttribute('data-class', card.classification.id);
  $('live-provisional').hidden = !card.classification.provisional || card.completeness === 0;
  // The compact bar says the same, in a line that stays in view on a phone.
  bar.textContent = klass.textContent;
  bar.className = klass.className;
  $('bar-provisional').hidden = $('live-provisional').hidden;
  $('bar-described').textContent = `· described ${card.completeness}%`;
  $('live-score').textContent = practiceScoreText(card);
  $('live-completeness').textContent = `${card.completeness}%`;
  $('live-terms').textContent = card.terms.message;
  const why = $('live-why');
  why.textContent = '';
  if (card.classification.onCourseText) why.append(el('li', {}, card.classification.onCourseText));
  for (const reason of card.classification.provisionalReasons) why.append(el('li', {}, reason));
  const next = $('live-next');
  next.textContent = '';
  for (const step of card.nextSteps.slice(0, 3)) next.append(el('li', {}, stepInWords(step.text)));
}

/** A next step as this page can honour it: not a command to run, but the questions that give each level's test. */
function stepInWords(text: string): string {
  const hint = commandHintOf(text);
  return hint ? `${hint.text} The “Who held power” questions on this page give a test for each level.` : text;
}

// ---- Moving between screens ----

function show(step: number, focus = true): void {
  state.step = Math.min(Math.max(step, 0), screens.length - 1);
  save();
  const screen = screens[state.step]!;
  const content =
    screen.kind === 'about'
      ? aboutScreen()
      : screen.kind === 'stage'
        ? stageScreen(screen.stage)
        : screen.kind === 'criterion'
          ? criterionScreen(screen.criterion)
          : finishScreen();
  main.replaceChildren(...content);
  const progress = $<HTMLProgressElement>('progress');
  progress.max = screens.length;
  progress.value = state.step + 1;
  $('progress-text').textContent = `Step ${state.step + 1} of ${screens.length}`;
  $<HTMLButtonElement>('back').disabled = state.step === 0;
  $('next').hidden = state.step === screens.length - 1;
  $('next-check').hidden = nextToCheck(framework, state.raw, state.step) === undefined;
  document.getElementById('print')?.addEventListener('click', () => window.print());
  if (focus) $('screen-title').focus();
  showScore();
}

function next(): void {
  if (state.step === 0 && !state.raw.name?.trim()) {
    $('problems').replaceChildren(el('p', {}, 'Please give the project a name first.'));
    $('field-name').focus();
    return;
  }
  $('problems').replaceChildren();
  show(state.step + 1);
}

function loadFile(file: File): void {
  void file.text().then((text) => {
    const loaded = loadProjectText(framework, text);
    if (!loaded.raw) {
      $('problems').replaceChildren(
        el('p', {}, `${file.name} could not be loaded:`),
        el('ul', {}, ...loaded.problems.slice(0, 10).map((p) => el('li', {}, p))),
      );
      return;
    }
    const leftOut =
      loaded.problems.length === 0
        ? []
        : [
            el(
              'p',
              {},
              `These parts of ${file.name} were left out, because copro validate would refuse them; the rest is loaded:`,
            ),
            el('ul', {}, ...loaded.problems.slice(0, 10).map((p) => el('li', {}, p))),
          ];
    const suggested = suggestionsLeft(loaded.raw);
    const partnersToCheck = partnersReadFromText(framework, loaded.raw);
    const check =
      (suggested === 0
        ? ''
        : ` It holds ${plural(suggested, 'suggestion')} from copro draft: each is marked “suggested from your text — check it” on its screen.`) +
      (partnersToCheck ? ' Who took part was read from the text too: check it on the first screen.' : '');
    $('problems').replaceChildren(
      el('p', { class: 'loaded' }, `Loaded ${file.name}: carry on where it left off.${check}`),
      ...leftOut,
    );
    // Carry on where it left off: the first screen with something to check or answer.
    const step = firstOpenScreen(framework, loaded.raw, partnersToCheck);
    state = { raw: loaded.raw, step, ...(partnersToCheck ? { partnersToCheck } : {}) };
    show(step);
  });
}

$('back').addEventListener('click', () => show(state.step - 1));
$('next').addEventListener('click', next);
// Straight to the next suggestion from copro draft, in the order copro review asks them.
$('next-check').addEventListener('click', () => {
  const step = nextToCheck(framework, state.raw, state.step);
  if (step !== undefined) show(step);
});
$('start-again').addEventListener('click', () => {
  if (!window.confirm('Clear every answer on this page and start again?')) return;
  state = emptyState();
  $('problems').replaceChildren();
  show(0);
});
$<HTMLInputElement>('load-file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) loadFile(file);
});
$('form-app').hidden = false;
$('needs-script').hidden = true;
show(state.step, false);
if (restoreNote) $('problems').replaceChildren(el('p', {}, restoreNote));
