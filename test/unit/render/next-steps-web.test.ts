// Next steps on a web page: "`copro criteria design` gives a test for each level" is a command a
// reader of a page cannot run, so the HTML scorecard (the HTML report, the hub, the form's summary)
// shows the tests themselves, folded; the core's text, and so JSON, the table and Markdown, keep it.
import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../src/core/assess/assess.js';
import { commandHintOf } from '../../../src/core/assess/next-steps.js';
import type { ReportResult } from '../../../src/core/model/report.js';
import { renderHtmlScorecard } from '../../../src/render/html/scorecard.js';
import { renderMarkdownProject } from '../../../src/render/markdown/render.js';
import { framework, header } from '../../report-fixtures.js';
import { project } from '../../helpers.js';

const result: ReportResult = {
  file: 'half.yaml',
  ...assessProject(
    framework,
    project({ name: 'Half told', stages: { define: { level: 'consult' }, decide: { level: 'involve' } } }),
  ),
};
const step = result.nextSteps[0]!;

describe('the "describe the stages" step', () => {
  it("ends, in the report itself, with the command that gives each level's test", () => {
    expect(step.text).toMatch(/with evidence\. `copro criteria design` gives a test for each level$/);
    expect(commandHintOf(step.text)).toEqual({
      text: step.text.replace(/ `copro criteria design` gives a test for each level$/, ''),
      stage: 'design',
    });
    expect(commandHintOf('Record the evidence for design at collaborate')).toBeUndefined();
  });

  it("in HTML, shows each undescribed stage's tests in place of the command", () => {
    const html = renderHtmlScorecard(result, 1, 1, header.outline);
    expect(html).not.toContain('copro criteria');
    const stages = [...html.matchAll(/<summary>What each level means at the (\w+) stage<\/summary>/g)].map((m) => m[1]);
    expect(stages).toEqual(['design', 'deliver', 'evaluate']);
    const design = framework.stages.find((s) => s.id === 'design')!;
    for (const level of framework.levels.filter((l) => design.tests?.[l.id]))
      expect(html).toContain(
        `<li><strong>${level.label}</strong>: ${design.tests![level.id]!.replace(/'/g, '&#39;')}</li>`,
      );
  });

  it('keeps the command in Markdown, as in the table and JSON', () => {
    const markdown = renderMarkdownProject(result, 2, header.outline, { verbose: false });
    expect(markdown).toMatch(/copro criteria design\\?` gives a test for each level/);
  });
});
