// Plan against record (`copro compare plan.yaml later.yaml`): for each stage, the latest
// assessment that gives a plan for it says what was offered (the Participation Handbook's
// "offer"), and the latest in which it happened says what happened, across perspectives.
import type { AssessmentSummary, StageOffer } from '../model/comparison.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../model/types.js';

/** A stage happened when its level is a rung of the spectrum: not unknown, n/a or not started yet. */
const happened = (level: string) => ![UNKNOWN, NOT_APPLICABLE, NOT_YET].includes(level);

/** "deliver: offered collaborate, happened consult" */
function offerText(offer: StageOffer): string {
  return `${offer.id}: offered ${offer.offered}, ${offer.happened === null ? 'not happened yet' : `happened ${offer.happened}`}`;
}

/** `assessments`: one project's, oldest first. Empty when no assessment gives a plan. */
export function stageOffers(assessments: readonly AssessmentSummary[]): StageOffer[] {
  const ids = assessments[0]?.stages.map((s) => s.id) ?? [];
  const offers: StageOffer[] = [];
  for (const id of ids) {
    const at = (a: AssessmentSummary) => a.stages.find((s) => s.id === id);
    const planned = assessments.filter((a) => at(a)?.plan !== undefined).at(-1);
    if (!planned) continue;
    const done = assessments.filter((a) => happened(at(a)?.level ?? UNKNOWN)).at(-1);
    const offer: StageOffer = {
      id,
      label: at(planned)!.label ?? id,
      offered: at(planned)!.plan!,
      offeredIn: { file: planned.file, date: planned.date },
      happened: done ? at(done)!.level : null,
      happenedIn: done ? { file: done.file, date: done.date } : null,
      text: '',
    };
    offer.text = offerText(offer);
    offers.push(offer);
  }
  return offers;
}
