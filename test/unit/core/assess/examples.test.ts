// The bundled examples are modelled on real projects; each records the class it should get.
// This holds the framework and the scorer to those judgements.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { loadProjectFile } from '../../../../src/io/load-project.js';
import { defaultFramework, EXAMPLES } from '../../../helpers.js';

const framework = await defaultFramework();
const files = readdirSync(EXAMPLES)
  .filter((n) => n.endsWith('.yaml'))
  .sort();

const cards = await Promise.all(
  files.map(async (name) => {
    const loaded = await loadProjectFile(framework, join(EXAMPLES, name));
    if (!loaded.ok) throw new Error(`${name}: ${JSON.stringify(loaded.errors)}`);
    return { name, project: loaded.project, card: assessProject(framework, loaded.project) };
  }),
);

describe('bundled examples', () => {
  it('are at least twelve, at least three per class on the scale, and community-led action shown', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(cards.some((x) => x.project.expectedClass === 'community-led-action')).toBe(true);
    for (const c of framework.classes.filter((k) => !k.offScale)) {
      expect(cards.filter((x) => x.project.expectedClass === c.id).length, c.id).toBeGreaterThanOrEqual(3);
    }
  });

  for (const name of files) {
    it(`${name} gets the class it records`, () => {
      const { project, card } = cards.find((x) => x.name === name)!;
      expect(project.expectedClass, 'expectedClass').toBeDefined();
      expect(card.classification.id).toBe(project.expectedClass);
    });
  }

  it('name the public source each is modelled on', () => {
    for (const { name, project } of cards) expect(project.references?.length, name).toBeGreaterThan(0);
  });

  it('include a consultation that calls itself co-production, and is warned about it', () => {
    const badged = cards.filter(
      (x) => x.card.classification.id === 'consultation' && /co-?produc/i.test(x.project.describedAs ?? ''),
    );
    expect(badged.length).toBeGreaterThan(0);
    for (const { card } of badged) expect(card.warnings.map((w) => w.code)).toContain('self-description-unsupported');
  });

  it('include a co-design that stops before delivery', () => {
    const codesign = cards.filter(
      (x) =>
        x.card.classification.id === 'partial-co-production' &&
        x.card.stages.find((s) => s.id === 'design')!.shared &&
        !x.card.stages.find((s) => s.id === 'deliver')!.shared,
    );
    expect(codesign.length).toBeGreaterThan(0);
  });

  it('start with the editor schema line', () => {
    for (const name of files)
      expect(readFileSync(join(EXAMPLES, name), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
  });
});

// The edits reviewers made to the examples when they found the verdicts wanting (the verdict issue).
describe('edited examples keep the verdicts a reviewer would give', () => {
  const example = (name: string) => cards.find((x) => x.name === name)!.project;

  it('keeps Rushey Green co-production, with no accusing warning, when four answers become unknown', () => {
    const rushey = example('rushey-green-time-bank.yaml');
    const unknown = [
      'networks.peer-support',
      'networks.community-connections',
      'embedded.ongoing',
      'embedded.resourced',
    ];
    const answers = {
      ...rushey.answers,
      ...Object.fromEntries(unknown.map((id) => [id, { answer: 'unknown' as const }])),
    };
    const card = assessProject(framework, { ...rushey, answers });
    expect(card.classification.id).toBe('co-production');
    expect(card.warnings.map((w) => w.code)).not.toContain('self-description-unsupported');
  });

  it('calls the Social Security Charter with a shared sign-off partial co-production, not co-production', () => {
    const charter = example('social-security-charter-co-design.yaml');
    const card = assessProject(framework, {
      ...charter,
      stages: { ...charter.stages, decide: { level: 'collaborate', evidence: 'signed off together' } },
    });
    expect(card.classification.id).toBe('partial-co-production');
  });

  it("calls the citizens' assembly with its decision handed over partial co-production, not co-production", () => {
    const assembly = example('citizens-assembly-of-scotland.yaml');
    const card = assessProject(framework, {
      ...assembly,
      stages: { ...assembly.stages, decide: { level: 'delegate', evidence: 'a promise to act' } },
    });
    expect(card.classification.id).toBe('partial-co-production');
  });
});
