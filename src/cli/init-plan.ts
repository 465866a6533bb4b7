// `copro init --plan`: a plan, before the work starts. For each stage it asks the offer the project
// will make to the people taking part, in the Participation Handbook's terms (inform, consult,
// involve, collaborate, delegate: each level's `offer` in the framework), and what is planned. Every
// stage is written as `not-yet` with its `plan`, with an `id`, today's date and the perspective, so
// that `copro compare plan.yaml later.yaml` can set the offer beside what happened.
import {
  NOT_APPLICABLE,
  NOT_YET,
  UNKNOWN,
  type Framework,
  type Project,
  type StageEntry,
} from '../core/model/types.js';
import { PLAN_EVIDENCE_QUESTION, planChoices, planQuestion } from '../core/project/questionnaire.js';
import { idFromName } from '../core/project/project-id.js';
import { oneLine, safeStrings } from '../render/text/safe-text.js';
import type { Style } from '../render/text/style.js';
import {
  askDetail,
  askPartners,
  askYear,
  detailPrompt,
  terminalChoice,
  type Asker,
  type YearCheck,
} from './init-questions.js';
import { PERSPECTIVES, type Assessment } from './init-reassess.js';

/** The offer for one stage: a level planned, "not decided yet", or "doesn't apply". */
async function askOffer(ask: Asker, framework: Framework, stageId: string): Promise<StageEntry> {
  const stage = framework.stages.find((s) => s.id === stageId)!;
  ask.say(`\n${stage.label}: ${oneLine(stage.description ?? '')}`);
  const choices = [
    ...planChoices(framework).map((c) =>
      terminalChoice(c, c.value === UNKNOWN ? c.label : `${c.label}: ${oneLine(c.hint ?? '')}`),
    ),
    terminalChoice({ value: NOT_APPLICABLE, label: "Doesn't apply", hint: 'The project will have no such stage.' }),
  ];
  const plan = await ask.choose<string>({ message: planQuestion(stage), choices, default: UNKNOWN });
  if (plan === NOT_APPLICABLE) return { level: NOT_APPLICABLE };
  const entry: StageEntry = { level: NOT_YET, ...(plan === UNKNOWN ? {} : { plan }) };
  const evidence = (await ask.text({ message: `${PLAN_EVIDENCE_QUESTION} (optional)` })).trim();
  if (evidence) entry.evidence = evidence;
  return entry;
}

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
  for (const stage of shown.stages) draft.stages[stage.id] = await askOffer(ask, shown, stage.id);
  return draft;
}
