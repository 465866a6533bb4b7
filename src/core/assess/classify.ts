// Classes are checked in the framework's order; a project takes the first class whose
// requirements it meets. The requirements are data (criteria/framework.yaml), so the power test
// that keeps consultation from being called co-production is there for anyone to read.
import { levelRank, reaches } from '../framework/levels.js';
import type { Classification, CriterionResult, Reason, StageResult } from '../model/result.js';
import { quoted } from '../shared/text.js';
import type { ClassDef, Framework, PartnerSide, Requirement, ResolvedPartner } from '../model/types.js';
import { NOT_YET, UNKNOWN } from '../model/types.js';

export interface Measures {
  /** The practice score over what is described; null when no question is answered. */
  score: number | null;
  completeness: number;
  stages: StageResult[];
  criteria: CriterionResult[];
  /** The partners the project names, each placed on a side where it can be; undefined when it names none (not described). */
  partners?: ResolvedPartner[];
}

/** How to read stage levels: as shown (only evidenced levels count where a rule asks for evidence) or as claimed. */
export interface CheckOptions {
  /** Take every stage level at its word, evidence or not: what the project would reach if its claims were shown. */
  trustClaims?: boolean;
}

export interface RequirementCheck {
  requirement: Requirement;
  met: boolean;
  /** Not described (partners not named): counts as met so as not to count against, but the verdict is provisional. */
  open?: boolean;
  /** What was found, in words, e.g. "design: collaborate" or "score 42". */
  found: string;
  children?: RequirementCheck[];
}

function stageWords(framework: Framework, stage: StageResult, evidenceAsked: boolean): string {
  const onScale = levelRank(framework, stage.level) >= 0;
  const unshown = evidenceAsked && !stage.evidence && onScale ? ' with no evidence' : '';
  const level = stage.level === NOT_YET ? 'not started yet' : stage.level;
  return `${stage.id}: ${level}${unshown}`;
}

function checkStageLevel(
  framework: Framework,
  rule: NonNullable<Requirement['stageLevel']>,
  stages: StageResult[],
  options: CheckOptions,
): { met: boolean; found: string } {
  const evidenceAsked = Boolean(rule.evidenced) && !options.trustClaims;
  const counts = (s: StageResult) =>
    reaches(framework, s.level, rule.atLeast) && (!evidenceAsked || Boolean(s.evidence));
  const listed = rule.stages.map((id) => stages.find((s) => s.id === id)!).filter(Boolean);
  const reaching = listed.filter(counts);
  const met = reaching.length >= (rule.count ?? 1);
  // When met, name the stages that carried it; when not, the stages that fell short.
  const shown = met ? reaching : listed.filter((s) => !counts(s));
  return { met, found: shown.map((s) => stageWords(framework, s, evidenceAsked)).join(', ') };
}

/** "no one who uses or is affected by the service took part" / "no one who runs the service took part" */
const NO_ONE: Record<PartnerSide, string> = {
  community: 'no one who uses or is affected by the service took part',
  service: 'no one who runs the service took part',
};

function checkPartners(
  rule: NonNullable<Requirement['partners']>,
  partners: ResolvedPartner[] | undefined,
): { met: boolean; open?: boolean; found: string } {
  // Partners not named are not described: an open question, never a tick (the verdict is provisional).
  if (!partners)
    return rule.only
      ? { met: false, found: 'partners not described' }
      : { met: true, open: true, found: 'who took part on each side is not described' };
  // A partner that cannot be placed yet counts for neither side.
  const sides = new Set(partners.flatMap((p): PartnerSide[] => (p.side ? [p.side] : [])));
  const unplaced = partners.filter((p) => !p.side);
  const which =
    sides.size === 0 ? 'neither side is' : sides.size === 1 ? `only the ${[...sides][0]} side is` : 'both sides are';
  const named = `${which} named among the partners (${partners.map((p) => p.name).join(', ')})`;
  if (rule.only) {
    const met = unplaced.length === 0 && sides.size > 0 && [...sides].every((side) => rule.sides.includes(side));
    return { met, found: named };
  }
  const missing = rule.sides.filter((side) => !sides.has(side));
  if (missing.length === 0) return { met: true, found: named };
  // A side may be there among the partners not yet placed: ask, do not count it against the project.
  if (unplaced.length > 0)
    return {
      met: true,
      open: true,
      found: `${named}; which side ${unplaced.map((p) => quoted(p.name)).join(', ')} ${unplaced.length === 1 ? 'is' : 'are'} on is not described`,
    };
  return { met: false, found: `${missing.map((side) => NO_ONE[side]).join(', and ')}: ${named}` };
}

function checkAnswer(
  rule: NonNullable<Requirement['answer']>,
  criteria: CriterionResult[],
): { met: boolean; found: string } {
  const answer = criteria.flatMap((c) => c.indicators).find((i) => i.id === rule.indicator)?.answer ?? UNKNOWN;
  const given = answer === UNKNOWN ? 'not described' : answer;
  return { met: rule.is.includes(answer), found: `${rule.indicator}: ${given}` };
}

export function checkRequirement(
  framework: Framework,
  requirement: Requirement,
  measures: Measures,
  options: CheckOptions = {},
): RequirementCheck {
  if (requirement.stageLevel) {
    return { requirement, ...checkStageLevel(framework, requirement.stageLevel, measures.stages, options) };
  }
  if (requirement.partners) {
    return { requirement, ...checkPartners(requirement.partners, measures.partners) };
  }
  if (requirement.answer) {
    return { requirement, ...checkAnswer(requirement.answer, measures.criteria) };
  }
  if (requirement.not) {
    const inner = checkRequirement(framework, requirement.not, measures, options);
    return { requirement, met: !inner.met, found: inner.found, children: [inner] };
  }
  if (requirement.score) {
    // Nothing described cannot count against a project ("not described" is not "not done"); the
    // verdict is then provisional, because too little of the framework is described.
    if (measures.score === null)
      return {
        requirement,
        met: true,
        open: true,
        found: 'no practice question is answered yet, so this cannot count against it',
      };
    // Over too little of the framework the number is not shown as the project's score; said so
    // here too, so the reason does not quote a score the header withholds.
    const few = measures.completeness < (framework.scoring.showScoreFrom ?? 0);
    const found = few
      ? `practice score ${measures.score} over only ${measures.completeness}% described, too little to show it as the project's score`
      : `practice score ${measures.score}`;
    return { requirement, met: measures.score >= requirement.score.atLeast, found };
  }
  if (requirement.completeness) {
    const met = measures.completeness >= requirement.completeness.atLeast;
    return { requirement, met, found: `completeness ${measures.completeness}%` };
  }
  if (requirement.criterionScore) {
    const { criterion, atLeast } = requirement.criterionScore;
    const score = measures.criteria.find((c) => c.id === criterion)?.score ?? null;
    const found = `${criterion} ${score === null ? 'does not apply' : `scores ${score}`}`;
    return { requirement, met: score !== null && score >= atLeast, found };
  }
  const group = requirement.anyOf ?? requirement.allOf ?? [];
  const children = group.map((child) => checkRequirement(framework, child, measures, options));
  const met = requirement.anyOf ? children.some((c) => c.met) : children.every((c) => c.met);
  // A group is open when what carried it is open: any open part of an allOf, or every met route of an anyOf.
  const carried = children.filter((c) => c.met);
  const open =
    met && (requirement.anyOf ? carried.every((c) => c.open) : carried.some((c) => c.open)) ? { open: true } : {};
  const found = children
    .filter((c) => c.met === met)
    .flatMap(decidingTexts)
    .join('; ');
  return { requirement, met, ...open, found, children };
}

/**
 * The plain conditions that decided a check, however deeply the groups nest. A route of several
 * conditions that failed with some of them met names what it has too ("evaluate: collaborate"),
 * so that a near miss reads whole rather than as if nothing on that route were there.
 */
function decidingTexts(check: RequirementCheck): string[] {
  if (!check.children) return [describeCheck(check)];
  const same = check.children.filter((c) => c.met === check.met);
  const partlyMet = !check.met && check.requirement.allOf && same.length < check.children.length;
  if (!partlyMet) return same.flatMap(decidingTexts);
  const has = check.children.filter((c) => c.met).flatMap(metFindings);
  return [`${check.requirement.text} — ${has.join(', ')}, but not ${same.flatMap(decidingTexts).join('; ')}`];
}

/** What was found for the conditions that are met, without their wording: "evaluate: collaborate". */
function metFindings(check: RequirementCheck): string[] {
  if (!check.children) return [check.found ?? check.requirement.text];
  return check.children.filter((c) => c.met === check.met).flatMap(metFindings);
}

/** "people shared power in planning — design: collaborate" */
export function describeCheck(check: RequirementCheck): string {
  if (!check.found) return check.requirement.text;
  return check.children && !check.requirement.not
    ? `${check.requirement.text}: ${check.found}`
    : `${check.requirement.text} — ${check.found}`;
}

/** A reason's text without its "Met: " / "Not met: " / "Not described: " lead, for places that mark it another way. */
export function reasonBody(reason: Reason): string {
  return reason.text.replace(/^(Not met|Met|Not described): /, '');
}

function reasonFor(classDef: ClassDef, check: RequirementCheck): Reason {
  const lead = check.open ? 'Not described' : check.met ? 'Met' : 'Not met';
  return {
    class: classDef.id,
    requirement: check.requirement.id,
    met: check.met,
    ...(check.open ? { open: true } : {}),
    text: `${lead}: ${describeCheck(check)}`,
  };
}

export interface ClassOutcome {
  classification: Classification;
  /** Checks of every class down to and including the one given, in framework order. */
  checks: Map<string, RequirementCheck[]>;
}

export function classify(framework: Framework, measures: Measures, options: CheckOptions = {}): ClassOutcome {
  const checks = new Map<string, RequirementCheck[]>();
  const reasons: Reason[] = [];
  for (const classDef of framework.classes) {
    const classChecks = classDef.requires.map((r) => checkRequirement(framework, r, measures, options));
    checks.set(classDef.id, classChecks);
    const met = classChecks.every((c) => c.met);
    // An outcome off the scale that does not apply says nothing about the project: its reasons are left out.
    if (met || !classDef.offScale) reasons.push(...classChecks.map((check) => reasonFor(classDef, check)));
    if (met) {
      if (classChecks.length === 0) {
        reasons.push({
          class: classDef.id,
          requirement: null,
          met: true,
          text: `${classDef.label} has no requirements of its own: it is what a project is when it meets no class above it`,
        });
      }
      return {
        classification: { id: classDef.id, label: classDef.label, provisional: false, provisionalReasons: [], reasons },
        checks,
      };
    }
  }
  // The framework rules make the last class unconditional, so this is never reached with a valid framework.
  throw new Error('no class matched: the framework must end with a class that has no requirements');
}

/**
 * The plain conditions still to meet. Of the alternatives of an anyOf only the nearest one is
 * needed (the one with the fewest conditions left), so only that one is listed.
 */
export function unmetLeaves(check: RequirementCheck): RequirementCheck[] {
  if (check.met) return [];
  if (!check.children || check.requirement.not) return [check];
  if (!check.requirement.anyOf) return check.children.flatMap(unmetLeaves);
  const routes = check.children.map(unmetLeaves).filter((leaves) => leaves.length > 0);
  return routes.reduce((nearest, route) => (route.length < nearest.length ? route : nearest), routes[0] ?? []);
}
