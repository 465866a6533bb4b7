// Suggestions are the stage levels and answers that `copro draft` proposed from a text and no
// person has confirmed yet (`suggested: true`). Once someone has checked them (`copro init
// --resume`, the self-assessment page), what became of each is counted here, so they can be told.
import { own } from '../project/project-entries.js';
import type { Project } from '../model/types.js';
import { UNKNOWN } from '../model/types.js';

/** Where a suggestion sits: a stage (its level) or an indicator (its answer). */
export interface SuggestionEntry {
  section: 'stages' | 'answers';
  id: string;
  value: string;
  evidence?: string;
}

/** Every entry still marked as a suggestion, stages first, each in the order the project holds them. */
export function suggestionsIn(project: Project): SuggestionEntry[] {
  const stages = Object.entries(project.stages)
    .filter(([, entry]) => entry.suggested)
    .map(([id, entry]) => ({ section: 'stages' as const, id, value: entry.level, evidence: entry.evidence }));
  const answers = Object.entries(project.answers)
    .filter(([, entry]) => entry.suggested)
    .map(([id, entry]) => ({ section: 'answers' as const, id, value: entry.answer, evidence: entry.evidence }));
  return [...stages, ...answers];
}

export interface SuggestionsChecked {
  /** Kept as suggested. */
  confirmed: number;
  /** Given another level or answer (n/a included). */
  changed: number;
  /** "Don't know": now unknown. */
  unknown: number;
  /** Not reached (stopped part-way, or left for later): still marked as suggestions. */
  unchecked: number;
}

/** The entry a project now holds where a suggestion was: its value and whether it is still only suggested. */
function entryAt(project: Project, at: SuggestionEntry): { value: string; suggested: boolean } {
  if (at.section === 'stages') {
    const entry = own(project.stages, at.id);
    return { value: entry?.level ?? UNKNOWN, suggested: Boolean(entry?.suggested) };
  }
  const entry = own(project.answers, at.id);
  return { value: entry?.answer ?? UNKNOWN, suggested: Boolean(entry?.suggested) };
}

/** What became of each suggestion in `before` once a person had been through `after`. */
export function suggestionsChecked(before: Project, after: Project): SuggestionsChecked {
  const tally: SuggestionsChecked = { confirmed: 0, changed: 0, unknown: 0, unchecked: 0 };
  for (const suggestion of suggestionsIn(before)) {
    const now = entryAt(after, suggestion);
    if (now.suggested) tally.unchecked++;
    else if (now.value === UNKNOWN) tally.unknown++;
    else if (now.value === suggestion.value) tally.confirmed++;
    else tally.changed++;
  }
  return tally;
}

/** "3 suggestions confirmed, 1 changed, 2 left unknown" (and how many are still to check, if any). */
export function suggestionsCheckedLine(tally: SuggestionsChecked): string {
  const { confirmed, changed, unknown, unchecked } = tally;
  const line = `${confirmed} suggestion${confirmed === 1 ? '' : 's'} confirmed, ${changed} changed, ${unknown} left unknown`;
  return unchecked === 0 ? line : `${line}; ${unchecked} still to check (still marked "suggested: true")`;
}
