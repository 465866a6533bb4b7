// `copro init --from earlier.yaml`: a new assessment of a project already described. The details
// and the id are copied; the date, the perspective and who assesses are asked for (or taken from
// --date, --perspective and --by); each earlier level and answer is offered as the default.
import type { Framework, Project } from '../core/model/types.js';
import { oneLine, safeStrings } from '../render/text/safe-text.js';
import type { Style } from '../render/text/style.js';
import { askAnswers, askStages, type Asker, type Choice } from './init-questions.js';

/** The perspectives the project schema knows, in its order, explained for the question. */
export const PERSPECTIVES: Choice<string>[] = [
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

/** What an earlier file lacks that `copro compare` needs: an id (the one to add), a date, a perspective. */
export interface EarlierGaps {
  id?: string;
  date: boolean;
  perspective: boolean;
}

/** The gaps of an earlier assessment, or undefined when it has all compare needs. `id`: the id the new file gets. */
export function gapsOf(earlier: Project, id: string): EarlierGaps | undefined {
  const gaps: EarlierGaps = {
    ...(earlier.id === undefined ? { id } : {}),
    date: !earlier.assessment?.date,
    perspective: !earlier.assessment?.perspective,
  };
  return gaps.id || gaps.date || gaps.perspective ? gaps : undefined;
}

/** "an id, an assessment date and a perspective", for what is missing. */
export function gapWords(gaps: EarlierGaps): string {
  const words = [
    gaps.id ? 'an id' : '',
    gaps.date ? 'an assessment date' : '',
    gaps.perspective ? 'a perspective' : '',
  ].filter(Boolean);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}` : words[0]!;
}

/** What to add to the earlier file by hand, as lines of YAML. */
export function gapLines(gaps: EarlierGaps): string[] {
  const assessment = [
    gaps.date ? 'date: YYYY-MM-DD' : '',
    gaps.perspective ? `perspective: ${PERSPECTIVES.map((p) => p.value).join(' | ')}` : '',
  ].filter(Boolean);
  return [
    ...(gaps.id ? [`id: ${gaps.id}`] : []),
    ...(assessment.length ? [`assessment: { ${assessment.join(', ')} }`] : []),
  ];
}

/**
 * Asked before anything else: may copro add what the earlier file lacks, so that the two can be
 * compared? Undefined when the person says no; else the details to add, the date and perspective
 * as they answer (the date offered is the day the file was last changed).
 */
export async function askToCompleteEarlier(
  ask: Asker,
  file: string,
  gaps: EarlierGaps,
  lastChanged: string,
  check: (assessment: Assessment) => true | string,
): Promise<{ id?: string; date?: string; perspective?: string } | undefined> {
  ask.say(`${file} lacks ${gapWords(gaps)}, which copro compare needs to put this new assessment beside it.`);
  const yes = await ask.confirm({
    message: `Add ${gaps.id ? `"id: ${gaps.id}"` : 'them'}${gaps.id && (gaps.date || gaps.perspective) ? ' and the rest' : ''} to ${file}? Only those lines are added; everything else in it stays exactly as it is.`,
    default: true,
  });
  if (!yes) return undefined;
  const date = gaps.date
    ? (
        await ask.text({
          message: `When was that earlier assessment made? (YYYY-MM-DD; ${file} was last changed on ${lastChanged})`,
          default: lastChanged,
          validate: (v) => check({ date: v.trim() }),
        })
      ).trim()
    : undefined;
  const perspective = gaps.perspective
    ? await ask.choose({
        message: 'Whose point of view did that earlier assessment take?',
        choices: PERSPECTIVES,
        default: 'mixed',
      })
    : undefined;
  return { ...(gaps.id ? { id: gaps.id } : {}), ...(date ? { date } : {}), ...(perspective ? { perspective } : {}) };
}
