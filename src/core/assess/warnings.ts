// Warnings flag what a reader of the scorecard should double-check: claims the evidence does
// not back, and answers that disagree with the stage levels given.
import type { RequirementCheck } from './classify.js';
import { levelRank, reaches } from '../framework/levels.js';
import { weakPracticeFloor, weakPracticeText } from './weak-practice.js';
import { givenAnswer, stageFor } from '../project/project-entries.js';
import type { Classification, CriterionResult, StageResult, TermFinding, Warning } from '../model/result.js';
import { partnerWords } from '../project/partners.js';
import type { ClassDef, Framework, Indicator, Project, ResolvedPartner } from '../model/types.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../model/types.js';
import { allIndicators, indicatorsById, perFramework } from '../framework/per-framework.js';
import { quoted } from '../shared/text.js';

function selfDescription(terms: TermFinding): Warning[] {
  return terms.overclaim ? [{ code: 'self-description-unsupported', message: terms.message }] : [];
}

/** At most this many questions are quoted in one warning; the indicators list shows the rest. */
const QUOTED_QUESTIONS = 3;

function listSome(items: string[]): string {
  const shown = items.slice(0, QUOTED_QUESTIONS).join('; ');
  const rest = items.length - QUOTED_QUESTIONS;
  return rest > 0 ? `${shown}; and ${rest} more (the indicators show each one)` : shown;
}

/** A question as a reader sees it, with its id in brackets for anyone looking it up. */
function questionWords(indicator: { id: string; question: string }): string {
  return `"${indicator.question}" [${indicator.id}]`;
}

function unevidencedAnswers(criteria: CriterionResult[]): Warning[] {
  const claims = criteria
    .flatMap((c) => c.indicators)
    .filter((i) => (i.answer === 'yes' || i.answer === 'partly') && !i.evidence);
  if (claims.length === 0) return [];
  const noun = claims.length === 1 ? 'answer gives' : 'answers give';
  return [
    {
      code: 'unevidenced-answers',
      message: `${claims.length} "yes" or "partly" ${noun} no evidence, so earn less: ${listSome(claims.map(questionWords))}`,
    },
  ];
}

function unevidencedStages(stages: StageResult[]): Warning[] {
  const claims = stages.filter((s) => s.shared && !s.evidence);
  if (claims.length === 0) return [];
  return [
    {
      code: 'unevidenced-stages',
      message: `Power-sharing is claimed without evidence at ${claims.map((s) => `${s.id} (${s.level})`).join(', ')}: say what happened, so a reader can check it`,
    },
  ];
}

/** The indicators whose "yes" says how far a stage went. */
const stageLinked = perFramework((framework) =>
  allIndicators(framework).filter((i): i is Indicator & Required<Pick<Indicator, 'stage' | 'impliesLevel'>> =>
    Boolean(i.stage && i.impliesLevel),
  ),
);

function contradictions(framework: Framework, project: Project): Warning[] {
  const found: Warning[] = [];
  for (const indicator of stageLinked(framework)) {
    const answer = givenAnswer(project, indicator.id);
    const level = stageFor(project, indicator.stage).level;
    if (!answer || level === UNKNOWN || level === NOT_APPLICABLE || level === NOT_YET) continue;
    const atLevel = reaches(framework, level, indicator.impliesLevel);
    if (answer.answer === 'yes' && !atLevel) {
      found.push({
        code: 'contradiction',
        message: `${questionWords(indicator)} is answered yes, which means ${indicator.stage} was at least ${indicator.impliesLevel}, but ${indicator.stage} is given as ${level}`,
      });
    } else if (
      answer.answer === 'no' &&
      atLevel &&
      levelRank(framework, level) >= levelRank(framework, framework.scoring.sharedFrom)
    ) {
      found.push({
        code: 'contradiction',
        message: `${indicator.stage} is given as ${level}, but ${questionWords(indicator)} is answered no`,
      });
    }
  }
  return found;
}

function nothingApplies(criteria: CriterionResult[]): Warning[] {
  // Only when everything was marked n/a: questions simply not answered yet are "too little described".
  const indicators = criteria.flatMap((c) => c.indicators);
  if (indicators.length === 0 || indicators.some((i) => i.answer !== 'n/a')) return [];
  return [
    {
      code: 'nothing-applies',
      message:
        'Every indicator is marked n/a, so there is nothing to score: the score of 0 says nothing about the practice',
    },
  ];
}

function tooLittle(framework: Framework, completeness: number): Warning[] {
  if (completeness >= framework.scoring.minimumCompleteness) return [];
  return [
    {
      code: 'too-little-described',
      message: `Only ${completeness}% of the framework is described (${framework.scoring.minimumCompleteness}% is needed to judge), so the verdict is provisional: the class may change as more is known`,
    },
  ];
}

function oneSideOnly(
  framework: Framework,
  partners: ResolvedPartner[] | undefined,
  classification: Classification,
  stages: StageResult[],
): Warning[] {
  const placed = (partners ?? []).filter((p) => p.side !== undefined);
  if (placed.length === 0) return [];
  const sides = new Set(placed.map((p) => p.side));
  if (sides.size !== 1) return [];
  const named = placed.map((p) => partnerWords(framework, p)).join(', ');
  // The class says it already.
  if (sides.has('community') && classification.id === 'community-led-action') return [];
  if (sides.has('service') && stages.some((s) => s.shared))
    return [
      {
        code: 'no-community-partner',
        message: `The stages claim that power was shared (${stages
          .filter((s) => s.shared)
          .map((s) => `${s.id}: ${s.level}`)
          .join(
            ', ',
          )}), but no one who uses or is affected by the service is named among the partners (${named}): sharing among those who run a service is not co-production. If people who use or are affected by it took part, add them under partners`,
      },
    ];
  const message = sides.has('community')
    ? `Only the community side is named among the partners (${named}): in the National Standards' words this is community-led action, not co-production with a service. If staff, professionals or a public body shared the work, add them under partners`
    : `Only the service side is named among the partners (${named}): co-production needs the people who use or are affected by the service as partners too. If they shared the work, add them under partners`;
  return [{ code: 'one-side-only', message }];
}

/** Partners written in words the framework cannot place: asked about, never refused. */
function unplacedPartners(partners: ResolvedPartner[] | undefined): Warning[] {
  return (partners ?? [])
    .filter((p) => p.side === undefined)
    .map((p) => ({
      code: 'partner-side-unknown' as const,
      message: `Which side is ${quoted(p.name)} on? It counts for neither side until the file says: write it as { name: ${quoted(p.name)}, side: community } if it stands with the people who use or are affected by the service, or side: service if it runs or funds it`,
    }));
}

/** Partners not named: the verdict cannot say who shared the work, so it is provisional; give the line to add. */
function partnersNotNamed(partners: ResolvedPartner[] | undefined, classification: Classification): Warning[] {
  if (partners !== undefined || classification.id === 'not-yet-assessable') return [];
  return [
    {
      code: 'partners-not-named',
      message:
        'No partners are named, so who took part on each side is not described and a co-production or partial verdict is provisional. Add a line naming them in your own words, for example:  partners: [residents, council officers]',
    },
  ];
}

function weakPractice(measures: WarningInputs): Warning[] {
  const weak = weakPracticeFloor(measures.classification.id, measures.checks);
  return weak ? [{ code: 'weak-practice', message: weakPracticeText(weak) }] : [];
}

function idChanges(framework: Framework, project: Project): Warning[] {
  const questions = indicatorsById(framework);
  return (project.idChanges ?? []).map((change) =>
    change.to
      ? {
          code: 'renamed-indicator' as const,
          message: `"${change.from}" is now "${change.to}" ("${questions.get(change.to)?.question ?? change.to}"): the answer was read under the new id. \`copro validate --fix\` updates the file`,
        }
      : {
          code: 'retired-indicator' as const,
          message: `"${change.from}" is no longer in the framework, so its answer was left out${change.note ? `: ${change.note}` : ''}`,
        },
  );
}

/** The class an `expectedClass` names: a class id, label or alias, in any case. */
function expectedClassOf(framework: Framework, expected: string): ClassDef | undefined {
  const wanted = expected.trim().toLowerCase();
  return framework.classes.find((c) =>
    [c.id, c.label, ...(c.aliases ?? [])].some((name) => name.toLowerCase() === wanted),
  );
}

function expectedClass(framework: Framework, project: Project, classification: Classification): Warning[] {
  if (project.expectedClass === undefined) return [];
  const expected = expectedClassOf(framework, project.expectedClass);
  const provisional = classification.provisional ? ' (provisional)' : '';
  if (!expected) {
    const ids = framework.classes.map((c) => c.id).join(', ');
    return [
      {
        code: 'expected-class-differs',
        message: `expectedClass ${quoted(project.expectedClass)} is not a class of this framework (use one of ${ids}); the verdict is ${classification.id}${provisional}`,
      },
    ];
  }
  if (expected.id === classification.id) return [];
  return [
    {
      code: 'expected-class-differs',
      message: `expectedClass says ${expected.id}, but the verdict is ${classification.id}${provisional}: check the file, or the expectation`,
    },
  ];
}

export interface WarningInputs {
  classification: Classification;
  stages: StageResult[];
  criteria: CriterionResult[];
  completeness: number;
  terms: TermFinding;
  partners?: ResolvedPartner[];
  /** Each class's requirement checks on what is shown. */
  checks: Map<string, RequirementCheck[]>;
  score: number | null;
}

export function collectWarnings(framework: Framework, project: Project, measures: WarningInputs): Warning[] {
  return [
    ...weakPractice(measures),
    ...expectedClass(framework, project, measures.classification),
    ...selfDescription(measures.terms),
    ...partnersNotNamed(measures.partners, measures.classification),
    ...oneSideOnly(framework, measures.partners, measures.classification, measures.stages),
    ...unplacedPartners(measures.partners),
    ...idChanges(framework, project),
    ...contradictions(framework, project),
    ...unevidencedStages(measures.stages),
    ...unevidencedAnswers(measures.criteria),
    ...tooLittle(framework, measures.completeness),
    ...nothingApplies(measures.criteria),
  ];
}
