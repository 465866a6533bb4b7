// `copro init --from earlier.yaml`: a new assessment of a project already described. The details
// and the id are copied; the date, the perspective and who assesses are asked for (or taken from
// --date, --perspective and --by); each earlier level and answer is offered as the default.
import type { Framework, Project } from '../core/types.js';
import { oneLine, safeStrings } from '../render/text/safe-text.js';
import type { Style } from '../render/text/style.js';
import { askAnswers, askStages, type Asker, type Choice } from './init-questions.js';

/** The perspectives the project schema knows, in its order, explained for the question. */
const PERSPECTIVES: Choice<string>[] = [
  {
    value: 'community',
    name: 'Community members',
    description: 'People who live in the area or belong to the community the project is for.',
  },
  {
    value: 'people-using-services',
    name: 'People using services',
    description: 'People who use the service, or have lived experience of what it is about.',
  },
  {
    value: 'staff',
    name: 'Staff',
    description: 'People who work for the organisation that runs the service or project.',
  },
  { value: 'partner', name: 'A partner organisation', description: 'Another organisation that shared the work.' },
  { value: 'mixed', name: 'A mixed group', description: 'Community members and staff assessing together.' },
  {
    value: 'independent',
    name: 'Independent',
    description: 'Someone outside the project: an evaluator or a researcher.',
  },
];

export type Assessment = NonNullable<Project['assessment']>;

/** The new assessment, before any question: the earlier file's details and id, a new date and perspective, the earlier answers. */
export function reassessment(earlier: Project, assessment: Assessment): Project {
  const { expectedClass: _expected, idChanges: _changes, assessment: _before, ...kept } = structuredClone(earlier);
  return { ...kept, assessment };
}

/** `check`: whether an assessment block is valid, as the project schema judges it. */
export async function askReassessment(
  ask: Asker,
  earlier: Project,
  framework: Framework,
  given: Assessment,
  check: (assessment: Assessment) => true | string,
  style: Style,
): Promise<Project> {
  ask.say(
    [
      style.bold(`A new assessment of ${oneLine(earlier.name)}.`),
      'Its details are copied from the earlier file. Each earlier level and answer is offered as the default: press Enter to keep it, or choose another. ' +
        'In a list, "← Back" asks the previous question again. Ctrl-C stops at any time without writing anything.',
    ].join('\n'),
  );
  const date = (
    await ask.text({
      message: 'The date of this assessment (YYYY-MM-DD):',
      default: given.date,
      validate: (v) => check({ date: v.trim() }),
    })
  ).trim();
  const perspective = await ask.choose({
    message: 'Whose point of view does this assessment take?',
    choices: PERSPECTIVES,
    default: given.perspective ?? 'mixed',
  });
  const by = (
    await ask.text({
      message: 'Who is assessing? A role or a group, e.g. "residents\' panel" (optional; never needs to name a person)',
      ...(given.by ? { default: given.by } : {}),
    })
  ).trim();
  const assessment: Assessment = { date, ...(by ? { by } : {}), perspective };
  // Each answer goes into the draft as it is given; a question not asked keeps the earlier answer.
  const draft = reassessment(earlier, assessment);
  // A custom framework's labels reach the terminal: stripped of escape sequences, as askProject does.
  const shown = safeStrings(framework);
  await askStages(ask, shown, style, draft, earlier);
  await askAnswers(ask, shown, style, draft, earlier);
  return draft;
}
