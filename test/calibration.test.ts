// The calibration suite: scenario projects whose verdicts the framework must keep. Each has its
// expected class and provisional flag, and why, in test/calibration-expected.yaml. A change to the
// framework or the scorer that moves one of them fails here, so the change has to say why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessProject } from '../src/core/assess/assess.js';
import { loadProjectFile } from '../src/io/load-project.js';
import { defaultFramework, ROOT } from './helpers.js';

const DIR = join(ROOT, 'test', 'calibration');
const framework = await defaultFramework();

interface Scenario {
  file: string;
  class: string;
  provisional: boolean;
  /** For unfinished work: the class the plans lead to (absent: no stage has a plan). */
  onCourseFor?: string;
  why: string;
}

const { scenarios } = parse(readFileSync(join(ROOT, 'test', 'calibration-expected.yaml'), 'utf8')) as {
  scenarios: Scenario[];
};

describe('calibration scenarios', () => {
  it('has at least 20 scenarios, and an expectation for every scenario file', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
    expect(scenarios.map((s) => s.file).sort()).toEqual(files.sort());
    for (const s of scenarios) expect(s.why.length, s.file).toBeGreaterThan(40);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.class}${scenario.provisional ? ', provisional' : ''}`, async () => {
      const loaded = await loadProjectFile(framework, join(DIR, scenario.file));
      if (!loaded.ok) throw new Error(`${scenario.file} is not valid: ${JSON.stringify(loaded.errors)}`);
      const card = assessProject(framework, loaded.project);
      expect(
        { class: card.classification.id, provisional: card.classification.provisional },
        card.classification.provisionalReasons.join('; '),
      ).toEqual({
        class: scenario.class,
        provisional: scenario.provisional,
      });
      expect(card.classification.onCourseFor).toBe(scenario.onCourseFor);
      // The file's own expectedClass agrees, so `copro assess test/calibration/` shows no mismatch.
      expect(card.warnings.map((w) => w.code)).not.toContain('expected-class-differs');
      // Scenarios are written without renamed ids, so they show what a current file looks like.
      expect(card.warnings.map((w) => w.code)).not.toContain('renamed-indicator');
    });
  }
});
