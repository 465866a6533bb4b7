// What `copro draft` saw in each input, for a person (text on standard error) and for a pipeline
// (JSON): how many stages and questions it suggested, the sentences it used and what for, and the
// words the text uses for the work beside what its evidence shows.
import type { DraftOutcome } from '../../core/draft/draft.js';
import { oneLine } from '../text/safe-text.js';
import type { Style } from '../text/style.js';
import { wrapWords } from '../text/wrap.js';

export interface DraftedInput {
  input: string;
  /** Where the draft went: a file, or "-" for standard output. */
  output: string;
  outcome: DraftOutcome;
  /** The scorecard's finding on the terms, for the drafted file. */
  termsMessage: string;
  stageCount: number;
  questionCount: number;
  notes: string[];
}

export interface FailedInput {
  input: string;
  message: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function draftSummaryLine(d: DraftedInput): string {
  const { outcome } = d;
  return `suggested ${outcome.stages.length} of ${plural(d.stageCount, 'stage')} and ${outcome.answers.length} of ${plural(d.questionCount, 'question')}, from ${outcome.used.length} of ${plural(outcome.sentenceCount, 'sentence')}`;
}

export function renderDraftText(d: DraftedInput, style: Style, width: number): string {
  const prose = (text: string, indent = '  ', hang = `${indent}  `) => wrapWords(oneLine(text), width, indent, hang);
  const where = d.output === '-' ? 'standard output' : d.output;
  const lines = [
    `${style.bold(oneLine(d.input === '-' ? 'standard input' : d.input))} → ${oneLine(where)}`,
    ...prose(draftSummaryLine(d)),
  ];
  // The text's own words, never a term's label it does not use ("survey", not "consultation").
  const named = [...new Set(d.outcome.terms.flatMap((t) => t.words))];
  lines.push(
    ...prose(named.length ? `The text uses the words: ${named.join(', ')}. ${d.termsMessage}` : d.termsMessage),
  );
  for (const used of d.outcome.used) {
    const quoted = used.text.length > 160 ? `${used.text.slice(0, 160).trimEnd()}…` : used.text;
    lines.push(
      ...prose(`sentence ${used.number}: “${quoted}” → ${used.for.join(', ')}`, '  ', '      ').map((l, i) =>
        i === 0 ? l : style.dim(l),
      ),
    );
  }
  for (const note of d.notes) lines.push(...prose(`note: ${note}`).map(style.dim));
  return `${lines.join('\n')}\n`;
}

export function draftJson(d: DraftedInput) {
  const list = (suggestions: DraftOutcome['stages']) =>
    suggestions.map((s) => ({ id: s.id, suggested: s.value, sentences: s.sentences, cues: s.cues }));
  return {
    input: d.input,
    output: d.output,
    stages: { suggested: d.outcome.stages.length, of: d.stageCount, list: list(d.outcome.stages) },
    questions: { suggested: d.outcome.answers.length, of: d.questionCount, list: list(d.outcome.answers) },
    sentences: { total: d.outcome.sentenceCount, used: d.outcome.used },
    terms: { named: d.outcome.terms, describedAs: d.outcome.project.describedAs ?? null, finding: d.termsMessage },
    notes: d.notes,
  };
}
