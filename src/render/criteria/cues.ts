// The framework's cues as text, for `copro criteria <stage or indicator>` and `copro criteria cues`:
// what `copro draft` looks for, so a person can see why it suggested something and tune it.
import type { AnswerCues, Cues, LoadedFramework, StageCues } from '../../core/types.js';
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
    ...cues.stages.flatMap((s) => [
      '',
      `${style.accent(s.id)}  ${stageName(s.id)}`,
      ...stageCueLines(f, s, style, prose).slice(2),
    ]),
    ...cues.answers.flatMap((a) => ['', style.accent(a.id), ...answerCueLines(a, style, prose).slice(2)]),
  ];
}
