// The terms finding in a draft's header. A draft leaves unknown every stage the text does not show
// who did what at, so "the evidence does not yet show" would misreport a short email: the stages are
// not described yet, which is what the review asks about. The finding speaks of what the stages the
// reader found support, and names the stages still to describe.
import type { Scorecard } from '../model/result.js';
import { UNKNOWN, type Framework, type Project } from '../model/types.js';
import { levelRank } from '../framework/levels.js';

/** The stages a draft gives no level for (unknown, not yet, or left out). */
function undescribed(framework: Framework, project: Project): string[] {
  return framework.stages
    .filter((s) => {
      const entry = project.stages[s.id];
      const level = typeof entry === 'string' ? entry : (entry?.level ?? UNKNOWN);
      return levelRank(framework, level) < 0;
    })
    .map((s) => s.label.toLowerCase());
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function draftTermsMessage(framework: Framework, project: Project, result: Scorecard): string {
  const { terms } = result;
  const missing = undescribed(framework, project);
  const claimNotShown = terms.claimed !== null && terms.claimed.tested && terms.claimed.supported === false;
  if (missing.length === 0 || (!claimNotShown && terms.supported !== null)) return terms.message;
  const found = terms.supported ? `what the text describes supports ${terms.supported.label}` : '';
  const notYet = `${listWords(missing)} ${missing.length === 1 ? 'is' : 'are'} not described yet: the review asks about ${missing.length === 1 ? 'it' : 'them'}`;
  const calls = terms.claimed ? `Calls itself ${terms.claimed.label}; ` : '';
  return `${calls}${found ? `${found}, and ` : ''}${notYet}.`.replace(/^./, (c) => c.toUpperCase());
}
