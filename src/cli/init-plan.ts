// `copro init --plan`: a plan, before the work starts. For each stage it asks the offer the project
// will make to the people taking part, in the Participation Handbook's terms (inform, consult,
// involve, collaborate, delegate: each level's `offer` in the framework), and what is planned. Every
// stage is written as `not-yet` with its `plan`, with an `id`, today's date and the perspective, so
// that `copro compare plan.yaml later.yaml` can set the offer beside what happened.
import type { Framework, Project } from '../core/model/types.js';
import { idFromName } from '../core/project/project-id.js';
import { oneLine, safeStrings } from '../render/text/safe-text.js';
import type { Style } from '../render/text/style.js';
import {
  askDetail,
  askPartners,
  askPlan,
  askYear,
  detailPrompt,
  type Asker,
  type YearCheck,
} from './init-questions.js';
import { PERSPECTIVES, type Assessment } from './init-reassess.js';

/**
 * Walks a person through a plan, writing each answer into `draft` as it is given (so Ctrl-C keeps
 * it). `date` is the plan's date (today, unless --date).
 */
export async function askPlanProject(
  ask: Asker,
  framework: Framework,
  checkYear: YearCheck,
  style: Style,
  draft: Project,
  date: string,
): Promise<Project> {
  const shown = safeStrings(framework);
  ask.say(
    [
      style.bold('A plan for a project not started yet.'),
      'For each stage, what the project will offer the people taking part — the Participation Handbook asks for this "offer" before the work starts — and what is planned. ' +
        `The plan is dated ${date}, so it can be set beside what happened later (\`copro compare plan.yaml later.yaml\`). ` +
        'Anything marked (optional) can be skipped with Enter. Ctrl-C stops at any time and keeps what you have answered.',
      '',
      style.bold('First, the project.'),
    ].join('\n'),
  );
  draft.name = (await ask.text({ message: detailPrompt('name'), required: true })).trim();
  draft.id = idFromName(draft.name); // as init --from gives one
  draft.assessment = { date };
  await askDetail(ask, draft, 'organisation', true);
  await askDetail(ask, draft, 'location', true);
  await askYear(ask, draft, checkYear);
  await askDetail(ask, draft, 'summary', true);
  await askPartners(ask, shown, draft, true);
  const perspective = await ask.choose({
    message: 'Whose point of view does this plan take?',
    choices: PERSPECTIVES,
    default: 'mixed',
  });
  const assessment: Assessment = { date, perspective };
  const by = (
    await ask.text({ message: 'Who made the plan? A role or a group, e.g. "steering group" (optional)' })
  ).trim();
  if (by) assessment.by = by;
  draft.assessment = assessment;
  ask.say(`\n${style.bold(`Next, the offer at each of the ${shown.stages.length} stages.`)}`);
  for (const stage of shown.stages) {
    ask.say(`\n${stage.label}: ${oneLine(stage.description ?? '')}`);
    draft.stages[stage.id] = await askPlan(ask, shown, stage, undefined, false, true);
  }
  return draft;
}
