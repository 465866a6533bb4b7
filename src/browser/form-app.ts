// The self-assessment page's script (bundled for the browser by scripts/build-browser.mjs and
// inlined into the page, allowed by its hash). It asks the framework's questions a few at a time,
// keeps the answers in the browser, and shows the scorecard as copro's own core computes it.
// Every piece of text from the framework or the person goes in with textContent; the scorecard
// is copro's HTML renderer, which escapes everything.
import { commandHintOf } from '../core/next-steps.js';
import type { RawProject } from '../core/project-rules.js';
import type { Criterion, LoadedFramework, Stage } from '../core/types.js';
import { classRankNumber } from '../render/html/parts.js';
import { renderHtmlScorecard } from '../render/html/scorecard.js';
import { practiceScoreText } from '../render/scorecard-parts.js';
import { frameworkOutline } from '../render/sink.js';
import {
  emptyState,
  entryOf,
  fileNameOf,
  loadProjectText,
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

function restore(): FormState {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? 'null') as FormState | null;
    if (saved && typeof saved.raw === 'object' && typeof saved.step === 'number')
      return {
        raw: { stages: {}, answers: {}, ...saved.raw },
        step: Math.min(Math.max(saved.step, 0), screens.length - 1),
      };
  } catch {
    // Nothing saved, or storage is switched off: start afresh.
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

function textField(
  label: string,
  key: 'name' | 'organisation' | 'location' | 'summary' | 'describedAs' | 'year',
  hint = '',
  multiline = false,
): HTMLElement {
  const id = `field-${key}`;
  const value = state.raw[key] === undefined ? '' : String(state.raw[key]);
  const input = multiline ? el('textarea', { id, rows: '4' }) : el('input', { id, type: 'text', autocomplete: 'off' });
  input.value = value;
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  input.addEventListener('input', () => {
    const text = input.value;
    if (text.trim() === '' && key !== 'name') delete state.raw[key];
    else if (key === 'year') state.raw.year = /^\s*\d{4}\s*$/.test(text) ? Number(text.trim()) : text.trim();
    else state.raw[key] = key === 'name' ? text : text.trim();
    changed();
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    ...(hint ? [el('p', { class: 'hint', id: `${id}-hint` }, hint)] : []),
    input,
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

interface Option {
  value: string;
  label: string;
  hint?: string;
}

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

const DONT_KNOW: Option = {
  value: 'unknown',
  label: "Don't know",
  hint: 'Not described yet. It is never counted as "no"; it lowers how much is described.',
};
const DOES_NOT_APPLY: Option = { value: 'n/a', label: "Doesn't apply", hint: 'Left out of the score altogether.' };

function partnersField(): HTMLElement {
  const fieldset = el('fieldset', { class: 'choices' }, el('legend', {}, 'Who shared the work? Tick all that apply.'));
  const chosen = new Set(state.raw.partners ?? []);
  for (const partner of framework.partners) {
    const id = `partner--${partner.id}`;
    const box = el('input', { type: 'checkbox', id, value: partner.id });
    box.checked = chosen.has(partner.id);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(partner.id);
      else chosen.delete(partner.id);
      const list = framework.partners.map((p) => p.id).filter((p) => chosen.has(p));
      if (list.length) state.raw.partners = list;
      else delete state.raw.partners;
      changed();
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
  return fieldset;
}

// ---- Screens ----

function aboutScreen(): HTMLElement[] {
  return [
    el('h2', { id: 'screen-title', tabindex: '-1' }, 'About the project'),
    el('p', {}, 'A few details first. Only the name is needed; everything else helps others learn from your example.'),
    textField('Name of the project', 'name'),
    textField('Who ran or hosted it?', 'organisation'),
    textField('Where did it take place?', 'location'),
    textField(
      'When?',
      'year',
      'A year such as 2019, a range such as 2018-2020, or "2021 onwards" for one still running.',
    ),
    textField('What happened, who took part, what changed?', 'summary', 'In a few sentences.', true),
    textField(
      'What does the project call itself?',
      'describedAs',
      `For example: ${framework.terms
        .slice(0, 4)
        .map((t) => t.label)
        .join(', ')}.`,
    ),
    partnersField(),
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
): { element: HTMLElement; checked: () => void } {
  const button = el('button', { type: 'button', class: 'button secondary', id: `${id}-keep` }, 'Keep this suggestion');
  const element = el(
    'div',
    { class: 'suggestion', id, 'aria-live': 'polite' },
    el('p', { class: 'suggestion-mark' }, 'Suggested from your text — check it'),
    el('p', {}, 'copro draft suggested ', el('strong', {}, shown), evidence ? ', from:' : '.'),
    ...(evidence ? [el('blockquote', {}, evidence)] : []),
    el('p', { class: 'actions' }, button, el('span', { class: 'hint' }, 'or choose another answer below.')),
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
    entry = { ...entry, ...next };
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

function stageScreen(stage: Stage): HTMLElement[] {
  const options: Option[] = framework.levels.map((level) => ({
    value: level.id,
    label: level.label,
    hint: stage.tests?.[level.id] ?? level.description,
  }));
  return [
    el('h2', { id: 'screen-title', tabindex: '-1' }, `Who held power: ${stage.label}`),
    ...(stage.description ? [el('p', { id: `stage-${stage.id}-about` }, stage.description)] : []),
    ...entryFields(
      'stages',
      stage.id,
      `stage-${stage.id}`,
      `At ${stage.label.toLowerCase()}, which is closest to what happened?`,
      [...options, DONT_KNOW, DOES_NOT_APPLY],
      'What shows it? Who did what, in a sentence. Power-sharing counts only with evidence.',
      stage.description ? `stage-${stage.id}-about` : undefined,
    ),
  ];
}

function criterionScreen(criterion: Criterion): HTMLElement[] {
  const parts: HTMLElement[] = [
    el('h2', { id: 'screen-title', tabindex: '-1' }, criterion.title),
    el('p', {}, criterion.summary),
  ];
  for (const indicator of criterion.indicators) {
    const options: Option[] = [
      { value: 'yes', label: 'Yes', hint: indicator.yes },
      { value: 'partly', label: 'Partly', hint: indicator.partly },
      { value: 'no', label: 'No' },
      DONT_KNOW,
      DOES_NOT_APPLY,
    ];
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
          'Evidence (optional): a document, a quote, a figure',
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
  const text = projectFileOf(framework, state.raw, fileName);
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
    const body = `Here is a project described with copro's self-assessment, to share as an example.\n\n--- ${fileName} ---\n${text}`;
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
        `Your email program opens a message to ${data.submitTo} with the project file in it. Nothing is sent until you send it; if the message is cut short, attach the downloaded file instead.`,
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

// ---- The live scorecard ----

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function showScore(): void {
  const left = suggestionsLeft(state.raw);
  const suggestions = $('live-suggestions');
  suggestions.hidden = left === 0;
  suggestions.textContent = `${plural(left, 'suggestion')} from copro draft still to check.`;
  const card = scorecardOf(framework, state.raw);
  const klass = $('live-class');
  if (!card) {
    klass.textContent = 'Not yet scored';
    return;
  }
  // Down the scale, or its own colour for an outcome off it (not yet assessable, community-led action).
  const rank = classRankNumber(framework.classes, card.classification.id);
  // Before anything is described a verdict would only be a judgement on nothing.
  klass.textContent = card.completeness === 0 ? 'Nothing described yet' : card.classification.label;
  $('live-about').textContent = [state.raw.name, state.raw.organisation, state.raw.location, state.raw.year]
    .filter((v) => v !== undefined && String(v).trim() !== '')
    .join(' · ');
  klass.className = `badge rank-${rank}`;
  klass.setAttribute('data-class', card.classification.id);
  $('live-provisional').hidden = !card.classification.provisional || card.completeness === 0;
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
    const suggested = suggestionsLeft(loaded.raw);
    const check =
      suggested === 0
        ? ''
        : ` It holds ${plural(suggested, 'suggestion')} from copro draft: each is marked “suggested from your text — check it” on its screen.`;
    $('problems').replaceChildren(
      el('p', { class: 'loaded' }, `Loaded ${file.name}: carry on where it left off.${check}`),
    );
    state = { raw: loaded.raw as RawProject, step: 0 };
    show(0);
  });
}

$('back').addEventListener('click', () => show(state.step - 1));
$('next').addEventListener('click', next);
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
