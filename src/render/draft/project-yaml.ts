// A draft project file: the commented project.yaml that `copro init` writes, with a note at the top
// saying what it is: a first reading of a text by a program, every suggestion to be checked.
import type { DraftOutcome } from '../../core/draft/draft.js';
import type { Framework } from '../../core/model/types.js';
import { commentLines, DRAFT_RULE, renderProjectYaml, type ProjectYamlOptions } from '../project-yaml/render.js';

function draftNote(outcome: DraftOutcome, source: string): string[] {
  const suggested = outcome.stages.length + outcome.answers.length;
  return [
    DRAFT_RULE,
    ...commentLines(
      `DRAFT, TO CHECK. Written by \`copro draft\` from ${source}: a program's first reading of the text, not a judgement.`,
    ),
    ...commentLines(
      suggested === 0
        ? 'The text gave no sentence copro could use for a stage or a question, so everything below is "unknown". Describe what happened, or run copro init.'
        : `It suggests ${outcome.stages.length} stage level${outcome.stages.length === 1 ? '' : 's'} and ${outcome.answers.length} answer${outcome.answers.length === 1 ? '' : 's'}, each marked "suggested: true" and quoting the sentence it rests on. Read each one: correct it if it is wrong, then delete its "suggested: true" line. Until then, copro assess calls a verdict that rests on a suggested stage provisional.`,
    ),
    ...commentLines(
      'The name, organisation, place, year and summary are guesses from the text too. Everything left "unknown" is what the text did not say.',
    ),
    DRAFT_RULE,
    '',
  ];
}

export function renderDraftYaml(
  framework: Framework,
  outcome: DraftOutcome,
  source: string,
  options: ProjectYamlOptions = {},
): string {
  return renderProjectYaml(framework, outcome.project, { ...options, note: draftNote(outcome, source) });
}
