// A project as a commented project.yaml: what `copro init` writes, after the questionnaire or as
// a template. Every stage and every indicator of the framework is listed, with the question as a
// comment, so the file doubles as a checklist; anything not answered is written as `unknown`,
// which keeps the file valid as it stands.
import { Document, Scalar, visit } from 'yaml';
import { own } from '../../core/project/project-entries.js';
import { suggestionsIn } from '../../core/draft/suggestions.js';
import { listWords } from '../../core/shared/did-you-mean.js';
import type { Framework, Project, StageEntry, AnswerEntry } from '../../core/model/types.js';
import { ANSWERS, NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../../core/model/types.js';
import { oneLine } from '../text/safe-text.js';
import { wrapWords } from '../text/wrap.js';

export interface ProjectYamlOptions {
  /** Where editors find the project schema (a path or URL), for the `yaml-language-server` line. */
  schemaRef?: string;
  /** The file's own name, for the "check it with" hint. */
  fileName?: string;
  /** Written when `copro init` (true) or `copro review` was stopped part-way: says so at the top, and how to carry on. */
  unfinished?: boolean | 'review';
  /**
   * Comment lines for the top of the file (after the schema line), in place of the note that
   * suggestions are still to check: `copro draft` says there what it read and how.
   */
  note?: string[];
}

const WIDTH = 100;

/** The placeholder name a template carries until someone writes the real one. */
export const PLACEHOLDER_NAME = 'Name of the project';

/** Comment lines wrapped at WIDTH: `indent# lead` then the text, later lines `indent# hang`, so labels line up. */
export function commentLines(text: string, indent = '', lead = '', hang = lead): string[] {
  return wrapWords(oneLine(text), WIDTH, `${indent}# ${lead}`, `${indent}# ${hang}`);
}

/** Text that begins with a curly quote: copro notes such a plain value as a slip, so it is written in straight quotes. */
const CURLY_START = /^[\u201C\u2018]/;

/** `key: value` as YAML, quoted or as a block where needed, indented under its parent. */
function pair(key: string, value: unknown, indent = ''): string[] {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && CURLY_START.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // Only the document's closing newline goes: trimEnd() would also take a value that is all Unicode
  // space (a no-break space), leaving "url:", which reads back as nothing.
  return doc
    .toString({ lineWidth: 0 })
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `${indent}${line}`);
}

/** The short form (`design: consult`) without evidence, the long form with it (and a draft's `suggested: true`). */
function entry(
  id: string,
  key: 'level' | 'answer',
  value: string,
  evidence: string | undefined,
  indent: string,
  suggested?: boolean,
  plan?: string,
): string[] {
  const hasEvidence = evidence !== undefined && evidence.trim() !== '';
  if (!hasEvidence && !suggested && plan === undefined) return pair(id, value, indent);
  return pair(
    id,
    {
      [key]: value,
      ...(plan !== undefined ? { plan } : {}),
      ...(hasEvidence ? { evidence } : {}),
      ...(suggested ? { suggested: true } : {}),
    },
    indent,
  );
}

/**
 * A file name as a comment can hold it and a shell can take it: as it is when plain, else in
 * double quotes with every character that could end the comment line, break the YAML or act on a
 * terminal written as an escape (\n, \u009b), so a name can never add a line or a key to the file.
 */
export function commentSafeName(name: string): string {
  if (/^[\w./+@:,-]+$/.test(name)) return name;
  const escaped = name
    .replace(/[\\"$`]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(
      // eslint-disable-next-line no-control-regex -- escaping control characters is the point
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return `"${escaped}"`;
}

export const DRAFT_RULE = `# ${'='.repeat(76)}`;

/** A note at the top while suggestions from `copro draft` are left to check: none once all are checked. */
function suggestionsNote(project: Project, file: string): string[] {
  const left = suggestionsIn(project);
  if (left.length === 0) return [];
  const stages = left.filter((s) => s.section === 'stages').length;
  const answers = left.length - stages;
  const counted = [
    ...(stages ? [`${stages} stage level${stages === 1 ? '' : 's'}`] : []),
    ...(answers ? [`${answers} answer${answers === 1 ? '' : 's'}`] : []),
  ].join(' and ');
  return [
    DRAFT_RULE,
    ...commentLines(
      `DRAFT, TO CHECK: ${counted} below ${left.length === 1 ? 'was' : 'were'} suggested by \`copro draft\` from a text and no one has confirmed ${left.length === 1 ? 'it' : 'them'} yet; each is marked "suggested: true" and quotes the sentence it rests on. Check them with \`copro review ${file}\`, or read each one, correct it if it is wrong and delete its "suggested: true" line.${stages ? ' Until then, copro assess calls a verdict that rests on a suggested stage provisional.' : ''}`,
    ),
    DRAFT_RULE,
    '',
  ];
}

function header(framework: Framework, project: Project, options: ProjectYamlOptions): string[] {
  const file = options.fileName === undefined ? 'this file' : commentSafeName(options.fileName);
  return [
    ...(options.schemaRef ? [`# yaml-language-server: $schema=${commentSafeName(options.schemaRef)}`] : []),
    ...(options.note ?? suggestionsNote(project, options.fileName === undefined ? '<file>' : file)),
    ...(options.unfinished === 'review'
      ? [
          '# UNFINISHED: copro review was stopped before the last question. What was checked is below;',
          '# what was not reached is still "unknown" or still a suggestion. To carry on, run:',
          `#   copro review ${file}`,
          '#',
        ]
      : options.unfinished
        ? [
            '# UNFINISHED: copro init was stopped before the last question. What was answered is below;',
            '# everything else is "unknown". To answer the rest, run:',
            `#   copro init --resume ${file}`,
            '#',
          ]
        : []),
    ...commentLines(
      `A project described for copro, to be scored against ${framework.name} (${framework.id} ${framework.version}).`,
    ),
    '#',
    '# How to fill it in:',
    '#   - Lines starting with # are notes for you; copro ignores them.',
    '#   - "unknown" means "not described yet": it is never read as "no"; it is left out of the score',
    '#     and lowers how much of the project is described.',
    '#     Replace it with what happened, as far as you know.',
    '#   - Give evidence wherever you can: a "yes" backed by evidence counts for more than one without.',
    `#   - Check the file with \`copro validate ${file}\`; score it with \`copro assess ${file}\`.`,
    '#   - `copro criteria <id>` explains any stage, level or question below in full.',
    '',
  ];
}

const OPTIONAL_DETAILS: [keyof Project, string][] = [
  ['organisation', 'who ran or hosted the project'],
  ['location', 'where it took place'],
  ['year', 'a year such as 2019, or a range: 2018-2020, 2023/24, Spring 2022, 2021 onwards'],
  ['summary', 'what happened, who was involved, what changed'],
  ['describedAs', 'how the project describes itself, e.g. co-production, co-design or consultation'],
];

function details(project: Project): string[] {
  const lines = [
    '# The project. Only the name is required; to add a detail, remove the # at the start of its line',
    '# and write the detail after the colon.',
    ...pair('name', project.name),
  ];
  const keyWidth = Math.max(...OPTIONAL_DETAILS.map(([key]) => key.length)) + 3;
  for (const [key, hint] of OPTIONAL_DETAILS) {
    const value = project[key];
    lines.push(
      ...(value === undefined || value === '' ? [`# ${`${key}:`.padEnd(keyWidth)}# ${hint}`] : pair(key, value)),
    );
  }
  // Kept when a file is written again (the self-assessment page carries on with loaded files).
  for (const key of [
    'nation',
    'councilArea',
    'expectedClass',
    'references',
    'tags',
    'id',
    'partners',
    'assessment',
    'publish',
  ] as const) {
    if (project[key] !== undefined) lines.push(...pair(key, project[key]));
  }
  return lines;
}

function stagesSection(framework: Framework, stages: Record<string, StageEntry>): string[] {
  const levelWidth = Math.max(...framework.levels.map((l) => l.id.length), NOT_YET.length) + 2;
  const lines = [
    '',
    '# STAGES: how much power the people affected had at each stage of the project.',
    '# Levels, from least power to most:',
  ];
  for (const level of framework.levels) {
    const text = `${level.label}: ${level.description ?? ''}${level.example ? ` For example: ${level.example}` : ''}`;
    lines.push(...commentLines(text, '', `  ${level.id.padEnd(levelWidth)}`, ' '.repeat(levelWidth + 2)));
  }
  lines.push(
    `#   ${UNKNOWN.padEnd(levelWidth)}not described (yet)`,
    `#   ${NOT_APPLICABLE.padEnd(levelWidth)}the stage does not apply to this project`,
    `#   ${NOT_YET.padEnd(levelWidth)}not started yet: give the level planned for it as plan (the offer)`,
  );
  lines.push(
    '# Write a level on its own (design: consult), or with the evidence for it:',
    '#   design:',
    '#     level: collaborate',
    '#     evidence: what happened that shows it',
  );
  lines.push('stages:');
  for (const stage of framework.stages) {
    const given = own(stages, stage.id) ?? { level: UNKNOWN };
    lines.push(...commentLines(`${stage.label}: ${stage.description ?? ''}`, '  '));
    lines.push(...entry(stage.id, 'level', given.level, given.evidence, '  ', given.suggested, given.plan));
  }
  return lines;
}

function answersSection(framework: Framework, answers: Record<string, AnswerEntry>): string[] {
  const lines = [
    '',
    `# ANSWERS: one for each question: ${listWords(ANSWERS.map((a) => (a === UNKNOWN ? 'unknown (not described)' : a === NOT_APPLICABLE ? 'n/a (does not apply)' : a)))}.`,
    '# Write an answer on its own (…: partly), or with the evidence for it:',
    '#   some.question:',
    '#     answer: yes',
    '#     evidence: what shows it (a document, a quote, a figure)',
    'answers:',
  ];
  for (const criterion of framework.criteria) {
    lines.push('', `  # ${`── ${oneLine(criterion.title)} (${criterion.id}) `.padEnd(WIDTH - 4, '─')}`);
    for (const indicator of criterion.indicators) {
      lines.push(...commentLines(indicator.question, '  '));
      if (indicator.yes) lines.push(...commentLines(indicator.yes, '  ', '  yes: ', '       '));
      if (indicator.partly) lines.push(...commentLines(indicator.partly, '  ', '  partly: ', '          '));
      const given = own(answers, indicator.id) ?? { answer: UNKNOWN };
      lines.push(...entry(indicator.id, 'answer', given.answer, given.evidence, '  ', given.suggested));
    }
  }
  return lines;
}

/**
 * The YAML text of `project`, with the framework's explanations as comments. Stages and
 * indicators the project does not mention are written as `unknown`; ids the framework does not
 * know are not written (the questionnaire and the template only ever use the framework's own).
 */
export function renderProjectYaml(framework: Framework, project: Project, options: ProjectYamlOptions = {}): string {
  return `${[...header(framework, project, options), ...details(project), ...stagesSection(framework, project.stages), ...answersSection(framework, project.answers)].join('\n')}\n`;
}

/** A project with nothing described: every stage and answer `unknown`. Valid as it stands. */
export function templateProject(): Project {
  return { name: PLACEHOLDER_NAME, stages: {}, answers: {} };
}
