// A folder holding several assessments of one project: the batch summary (table, Markdown, HTML
// index) shows the project once, the latest assessment with its trend; full reports list each.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leithVariant, RESIDENTS_DOUBT } from '../compare-fixtures.js';
import { EXAMPLES, ROOT, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
let folder: string;
beforeAll(async () => {
  folder = join(dir.path, 'hub');
  dir.write(
    'hub/leith-2025.yaml',
    leithVariant({ id: 'leith', assessment: { date: '2025-05-01', perspective: 'staff' }, ...RESIDENTS_DOUBT }),
  );
  dir.write(
    'hub/leith-2026.yaml',
    leithVariant({ id: 'leith', assessment: { date: '2026-05-01', perspective: 'staff' } }),
  );
  dir.write('hub/dundee.yaml', leithVariant({}, 'dundee-decides.yaml'));
});
afterAll(() => dir.remove());

const NOTE = '2 assessments; latest 2026-05-01 (staff), up since 2025-05-01';

describe('a batch with several assessments of one project', () => {
  it('shows one table row per project: the latest assessment, with its trend', async () => {
    const run = await runMain(['assess', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/£eith Decides/g)).toHaveLength(1);
    expect(run.stdout).toContain('leith-2026.yaml');
    expect(run.stdout).not.toContain('leith-2025.yaml');
    expect(run.stdout.replace(/│\s+│.*\n│ /g, ' ').replace(/\s+/g, ' ')).toContain(
      '2 assessments; latest 2026-05-01 (staff), up since 2025-05-01',
    );
  });

  it('says how many assessments of how many projects were scored, and counts each project once', async () => {
    const run = await runMain(['assess', folder, '--no-color']);
    expect(run.stdout).toContain(
      '3 assessments of 2 projects scored; a project assessed more than once is shown and counted (and held to any threshold) at its latest assessment',
    );
    // The counts add up to the rows shown; the JSON summary (a contract) still counts files.
    const counts = /^Co-production: (\d+) · Partial co-production: (\d+) · Consultation or engagement: (\d+)$/m.exec(
      run.stdout,
    );
    expect(counts!.slice(1).reduce((sum, n) => sum + Number(n), 0)).toBe(2);
    expect(JSON.parse((await runMain(['assess', folder, '--format', 'json'])).stdout).summary.scored).toBe(3);
  });

  it('holds a project to a threshold at its latest assessment: an earlier, lower one is history', async () => {
    for (const format of ['table', 'json']) {
      const run = await runMain(['assess', folder, '--fail-under', 'co-production', '--format', format]);
      expect(run.stderr).not.toContain('leith-2025.yaml');
      const earlier = JSON.parse(
        (await runMain(['assess', join(folder, 'leith-2025.yaml'), '--format', 'json'])).stdout,
      );
      // Alone, the earlier assessment falls short; beside the later one, it does not count.
      expect(earlier.results[0].classification.id).not.toBe('co-production');
      expect((await runMain(['assess', join(folder, 'leith-2025.yaml'), '--fail-under', 'co-production'])).code).toBe(
        1,
      );
    }
  });

  it('does the same in the Markdown summary, and still gives each assessment its section', async () => {
    const run = await runMain(['assess', folder, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`| £eith Decides (later Leith Chooses) (${NOTE}) | Co-production |`);
    expect(run.stdout.match(/^## £eith Decides/gm)).toHaveLength(2);
  });

  it('does the same in the HTML index and gallery, and still lists each scorecard', async () => {
    const run = await runMain(['assess', folder, '--format', 'html']);
    expect(run.code).toBe(0);
    const index = run.stdout.slice(run.stdout.indexOf('id="projects"'), run.stdout.indexOf('id="scorecards"'));
    expect(index.match(/<tr data-project=/g)).toHaveLength(2);
    expect(index).toContain(`<span class="meta">${NOTE}</span>`);
    expect(run.stdout.match(/<article class="scorecard/g)).toHaveLength(3);
  });

  it('leaves a folder without ids exactly as before', async () => {
    const run = await runMain(['assess', join(ROOT, 'test', 'calibration'), '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('assessments; latest');
  });

  it("shows each bundled example project once, Leith with its residents' assessments", async () => {
    const run = await runMain(['assess', EXAMPLES, '--format', 'markdown']);
    expect(run.stdout).toContain(
      '| £eith Decides (later Leith Chooses) (3 assessments; latest 2021-03-20 (community), up since 2020-03-15) | Co-production |',
    );
    expect(run.stdout.match(/^\| South West London Recovery College/gm)).toHaveLength(1);
  });
});
