// The framework's cues as text, for `copro criteria <stage or indicator>` and `copro criteria cues`:
// what `copro draft` looks for, so a person can see why it suggested something and tune it.
import type { StageReaderCues } from '../../core/framework/framework-view.js';
import type { AnswerCues, Cues, LoadedFramework, StageCues } from '../../core/model/types.js';
import type { Style } from '../text/style.js';

type Prose = (text: string, indent?: string, hang?: string) => string[];

const quoted = (phrases: string[]) => phrases.map((p) => `"${p}"`).join(', ');

export function stageCueLines(f: LoadedFramework, cues: StageCues | undefined, style: Style, prose: Prose): string[] {
  if (!cues) return [];
  const levels = f.levels.filter((l) => cues.levels[l.id]?.length);
  if (levels.length === 0) return [];
  return [
    '',
    style.bold('What `copro draft` looks for'),
    ...levels.flatMap((l) => prose(`${l.id}: ${quoted(cues.levels[l.id]!)}`, '  ', '    ')),
  ];
}

/** The reader's actions for one stage: what places a sentence at this stage. */
export function stageReaderLines(reader: StageReaderCues | undefined, style: Style, prose: Prose): string[] {
  if (!reader) return [];
  const lists: [string, string[] | undefined][] = [
    ['actions', reader.actions],
    ['people in a role', reader.roles],
    ['the work named', reader.topics],
    ['labels, quoted for a person to read', reader.selfLabels],
  ];
  return [
    '',
    style.bold('What `copro draft` looks for'),
    ...prose('Who did it, and words such as "together" or "asked", set the level: see `copro criteria cues`.'),
    ...lists.flatMap(([name, phrases]) => (phrases?.length ? prose(`${name}: ${quoted(phrases)}`, '  ', '    ') : [])),
  ];
}

export function answerCueLines(cues: AnswerCues | undefined, style: Style, prose: Prose): string[] {
  if (!cues) return [];
  const answers = (['yes', 'partly', 'no'] as const).filter((a) => cues[a]?.length);
  if (answers.length === 0) return [];
  return [
    '',
    style.bold('What `copro draft` looks for'),
    ...answers.flatMap((a) => prose(`${a}: ${quoted(cues[a]!)}`, '  ', '    ')),
  ];
}

export function allCueLines(f: LoadedFramework, cues: Cues, style: Style, prose: Prose): string[] {
  const stageName = (id: string) => f.stages.find((s) => s.id === id)?.label ?? id;
  return [
    style.bold('What `copro draft` looks for in an email or document'),
    ...prose(
      'Each cue is found within one sentence; a word ending in * matches any word starting with it, and ... stands for up to four words. A cue only suggests a level or an answer, quoting its sentence, for a person to check.',
    ),
    '',
    ...prose(
      `Cancelled by an earlier ${quoted(cues.negations)} in the same sentence${cues.notNegations?.length ? ` (but not by ${quoted(cues.notNegations)})` : ''}.`,
    ),
    ...readerLines(cues, stageName, style, prose),
    ...(cues.stages ?? []).flatMap((s) => [
      '',
      `${style.accent(s.id)}  ${stageName(s.id)}`,
      ...stageCueLines(f, s, style, prose).slice(2),
    ]),
    ...cues.answers.flatMap((a) => ['', style.accent(a.id), ...answerCueLines(a, style, prose).slice(2)]),
  ];
}

/** The reader's lexicons: the actions of each stage and the words that set a level. */
function readerLines(cues: Cues, stageName: (id: string) => string, style: Style, prose: Prose): string[] {
  const reader = cues.reader;
  if (!reader) return [];
  return [
    '',
    ...prose(
      'The reader finds who acted in each clause (the partner words, with "we" and "they" resolved), the action and its stage, and the words that set the level. Plans become "not yet"; aims and self-labels give no level.',
    ),
    ...Object.entries(reader.actions).flatMap(([stage, phrases]) => [
      '',
      `${style.accent(stage)}  ${stageName(stage)}`,
      ...prose(`actions: ${quoted(phrases)}`),
    ]),
    ...Object.entries(reader.relations).flatMap(([level, phrases]) => ['', ...prose(`${level}: ${quoted(phrases)}`)]),
    '',
    ...prose(`plans (not yet): ${quoted(reader.plans)}`),
    ...prose(`aims (not read as actions): ${quoted(reader.aims)}`),
  ];
}
