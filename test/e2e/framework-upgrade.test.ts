// Files people wrote keep working across framework changes: the examples as they stood under
// framework 1.0.0 (kept in test/corpus/framework-1-projects) still validate and score under the
// current framework, with warnings at most, and `copro validate --fix` brings them up to date
// without touching anything but the renamed ids.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const OLD = join(ROOT, 'test', 'corpus', 'framework-1-projects');
const files = readdirSync(OLD).filter((f) => f.endsWith('.yaml'));
const dir = tempDir();
afterAll(() => dir.remove());

/** Lines of stderr other than the advice to name partners. */
const otherThanPartnerAdvice = (stderr: string) =>
  stderr.split('\n').filter((line) => line !== '' && !line.includes(': no partners are named, so who took part'));

describe('project files written for framework 1.0.0', () => {
  it('all still validate', async () => {
    const run = await runMain(['validate', OLD]);
    // Files of framework 1.0.0 name no partners: since 3.0.0 validate gives the line to add (advice only).
    expect(otherThanPartnerAdvice(run.stderr)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('all still score, with a warning naming each renamed id', async () => {
    const run = await runMain(['assess', OLD, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary.scored).toBe(files.length);
    const renamed = report.results.flatMap((r: { warnings: { code: string; message: string }[] }) =>
      r.warnings.filter((w) => w.code === 'renamed-indicator'),
    );
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed[0].message).toMatch(
      /^"[a-z-]+\.[a-z-]+" is now "[a-z-]+\.[a-z-]+" \(".+"\): the answer was read under the new id/,
    );
  });

  it('are brought up to date by validate --fix, comments kept, and then score with no renamed-id warning', async () => {
    for (const f of files) copyFileSync(join(OLD, f), join(dir.path, f));
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir.path, f), 'utf8')]));
    const fix = await runMain(['validate', '--fix', dir.path]);
    expect(fix.code).toBe(0);
    expect(fix.stderr).toMatch(/: updated [a-z.-]+ → [a-z.-]+/);
    for (const f of files) {
      const after = readFileSync(join(dir.path, f), 'utf8');
      // Only answer keys change: the same number of lines, every comment line as it was.
      expect(after.split('\n').length, f).toBe(before[f]!.split('\n').length);
      const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#'));
      expect(comments(after), f).toEqual(comments(before[f]!));
    }
    const run = await runMain(['assess', dir.path, '--format', 'json']);
    const codes = JSON.parse(run.stdout).results.flatMap((r: { warnings: { code: string }[] }) =>
      r.warnings.map((w) => w.code),
    );
    expect(codes).not.toContain('renamed-indicator');
    // A second --fix has nothing left to do.
    expect(otherThanPartnerAdvice((await runMain(['validate', '--fix', dir.path])).stderr)).toEqual([]);
  });
});

describe('the term finding stands at the top of a scorecard', () => {
  const coDesign = `name: Tenants' charter
describedAs: a “co-production” project
stages:
  define: { level: consult, evidence: "The council set the brief" }
  design: { level: collaborate, evidence: "Tenants drafted the charter with officers" }
  decide: { level: collaborate, evidence: "Tenants and officers signed it off together" }
  deliver: { level: inform, evidence: "Housing staff deliver it" }
  evaluate: { level: consult, evidence: "A tenants' survey each year" }
`;

  it('in Markdown, before the reasons, naming co-design', () => {
    const run = runCli(['assess', '-', '--format', 'markdown'], { input: coDesign });
    expect(run.code).toBe(0);
    const finding = run.stdout.indexOf('> ⚠ Calls itself co-production, but the evidence shows co-design');
    expect(finding).toBeGreaterThan(0);
    expect(finding).toBeLessThan(run.stdout.indexOf('## Why'));
    expect(run.stdout).not.toMatch(/## Warnings[\s\S]*Calls itself/);
  });

  it('in HTML, inside the scorecard header, naming co-design', () => {
    const run = runCli(['assess', '-', '--format', 'html'], { input: coDesign });
    expect(run.code).toBe(0);
    const header = run.stdout.slice(
      run.stdout.indexOf('<article'),
      run.stdout.indexOf('</header>', run.stdout.indexOf('<article')),
    );
    expect(header).toContain('class="finding finding-warn"');
    expect(header).toContain('Calls itself co-production, but the evidence shows co-design');
  });
});
