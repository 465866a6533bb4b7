// The batch runner: every file scored once, outcomes handed on strictly in file order, and the
// same outcomes whether a file was scored on this thread or by a worker. The workers run the
// built CLI's bundle (bin/score-worker.cjs), so `npm test` builds first.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/batch/outcome.js';
import { scoreEach, scoreOne } from '../../../src/batch/score-files.js';
import { defaultJobs, fromReply, PARALLEL_FROM, scoreInParallel, toReply } from '../../../src/batch/score-parallel.js';
import { digestOf, type ReportResult } from '../../../src/core/model/report.js';
import { resultItem } from '../../../src/render/json/render.js';
import { hubRenderer } from '../../../src/render/hub/rendered.js';
import { PublicNames, publicResult } from '../../../src/render/hub/public.js';
import { reportHeader } from '../../../src/render/sink.js';
import { TOOL } from '../../../src/io/tool.js';
import { findProjects } from '../../../src/io/find-projects.js';
import { DEFAULT_LIMITS } from '../../../src/io/limits.js';
import { writeProjects } from '../../../scripts/synthetic-projects.mjs';
import { defaultFramework, tempDir } from '../../helpers.js';

const framework = await defaultFramework();
const dir = tempDir();
const batch = join(dir.path, 'batch');
let files: string[];

beforeAll(() => {
  // More than one chunk (32 files) per thread, and bad files among the good, in several chunks.
  writeProjects(batch, 230, 11);
  writeFileSync(join(batch, 'project-0003-broken.yaml'), 'name: "never closed\n');
  writeFileSync(join(batch, 'project-0100-level.yaml'), 'name: Level\nstages:\n  design: colaborate\n');
  writeFileSync(join(batch, 'project-0229-empty.yaml'), '');
  files = findProjects([batch]).files;
});
afterAll(() => dir.remove());

const fileOf = (outcome: Outcome) =>
  'result' in outcome ? outcome.result.file : 'rendered' in outcome ? outcome.digest.file : outcome.errors[0]!.file;

describe('scoreInParallel', () => {
  it('hands every outcome on once, in file order, however the threads finish', async () => {
    const taken: Outcome[] = [];
    await scoreInParallel({ framework, limits: DEFAULT_LIMITS }, files, 3, scoreOne, (outcome) => taken.push(outcome));
    expect(taken.map(fileOf)).toEqual(files);
  });

  it('gives the same outcomes as scoring every file on this thread', async () => {
    const here: Outcome[] = [];
    for (const file of files) here.push(await scoreOne(framework, file, DEFAULT_LIMITS));
    const shared: Outcome[] = [];
    await scoreInParallel({ framework, limits: DEFAULT_LIMITS }, files, 2, scoreOne, (outcome) => shared.push(outcome));
    expect(shared).toEqual(here);
    expect(here.filter((outcome) => 'errors' in outcome)).toHaveLength(3);
  });

  it('rendering JSON where each file is scored gives the text and digest of the plain outcome, on every thread', async () => {
    const plain: Outcome[] = [];
    for (const file of files) plain.push(await scoreOne(framework, file, DEFAULT_LIMITS));
    const rendered: Outcome[] = [];
    await scoreInParallel({ framework, limits: DEFAULT_LIMITS, renderJson: true }, files, 3, scoreOne, (outcome) =>
      rendered.push(outcome),
    );
    expect(rendered.map(fileOf)).toEqual(files);
    const fromWorkers = rendered.filter((outcome) => 'rendered' in outcome && typeof outcome.rendered !== 'string');
    expect(fromWorkers.length).toBeGreaterThan(0);
    rendered.forEach((outcome, i) => {
      const before = plain[i]!;
      if ('errors' in before) return expect(outcome).toEqual(before);
      if (!('result' in before) || !('rendered' in outcome)) throw new Error(`outcome ${i} is not rendered`);
      // Text from this thread, UTF-8 bytes from a worker: the same report text either way.
      const text = typeof outcome.rendered === 'string' ? outcome.rendered : new TextDecoder().decode(outcome.rendered);
      expect(text).toBe(resultItem(before.result));
      expect(outcome.digest).toEqual(digestOf(before.result));
    });
  });

  it("rendering a hub's parts where each file is scored gives what this thread renders, on every thread", async () => {
    const renderHub = { header: reportHeader(TOOL, framework), title: 'A hub', assessPage: 'assess.html' };
    const here = hubRenderer(framework, renderHub);
    const shared: Outcome[] = [];
    await scoreInParallel({ framework, limits: DEFAULT_LIMITS, renderHub }, files, 3, scoreOne, (outcome) =>
      shared.push(outcome),
    );
    expect(shared.map(fileOf)).toEqual(files);
    for (const [i, outcome] of shared.entries()) {
      const plain = await scoreOne(framework, files[i]!, DEFAULT_LIMITS);
      if ('errors' in plain) {
        expect(outcome).toEqual(plain);
        continue;
      }
      if (!('result' in plain) || !('rendered' in outcome)) throw new Error(`outcome ${i} is not rendered`);
      const { text, part } = here(plain.result);
      expect(outcome.part).toEqual(part);
      expect(Buffer.from(outcome.rendered as Uint8Array).equals(text)).toBe(true);
      // The text is projects.json's item as the public sees it (the file by its name), then the project's page.
      const shown = publicResult(plain.result, new PublicNames());
      expect(shown.file).toBe(basename(files[i]!));
      expect(new TextDecoder().decode(text.subarray(0, part.jsonLength))).toBe(resultItem(shown));
      expect(new TextDecoder().decode(text.subarray(part.jsonLength))).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    }
  });

  it('sends rendered text as UTF-8 bytes apart from the JSON of the outcomes, and puts each back in its place', () => {
    const digest = {
      file: 'a.yaml',
      score: 50,
      classification: { id: 'x', label: 'X', provisional: false },
      unexpected: false,
    };
    const outcomes: Outcome[] = [
      { rendered: '{\n  "a": "\\"quoted\\" — £5"\n}', digest },
      { errors: [{ file: 'b.yaml', message: 'bad' }] },
      { rendered: 'second', digest: { ...digest, file: 'c.yaml' }, notes: [{ file: 'c.yaml', message: 'cut' }] },
    ];
    const { reply, transfer } = toReply(4, outcomes);
    expect(transfer).toEqual([reply.text.buffer]);
    expect(reply.outcomes).not.toContain('quoted');
    const back = fromReply(reply).map((outcome) =>
      'rendered' in outcome && typeof outcome.rendered !== 'string'
        ? { ...outcome, rendered: new TextDecoder().decode(outcome.rendered) }
        : outcome,
    );
    expect(back).toEqual(outcomes);
  });

  it('with one thread, scores everything here, in order', async () => {
    const order: string[] = [];
    const recordingScoreOne: typeof scoreOne = async (f, file, limits) => {
      order.push(file);
      return scoreOne(f, file, limits);
    };
    const taken: Outcome[] = [];
    await scoreInParallel({ framework, limits: DEFAULT_LIMITS }, files, 1, recordingScoreOne, (outcome) =>
      taken.push(outcome),
    );
    expect(order).toEqual(files);
    expect(taken.map(fileOf)).toEqual(files);
  });
});

describe('scoreEach', () => {
  it('scores the paths in the order given, and a bad path or file never stops the rest', async () => {
    const first = files[1]!;
    const results: ReportResult[] = [];
    const errors = await scoreEach(
      framework,
      [first, join(dir.path, 'missing.yaml'), batch],
      (result) => results.push(result),
      { jobs: 1 },
    );
    // `first` is named twice (directly and through its folder): scored once, where first named.
    expect(results[0]!.file).toBe(first);
    expect(results.filter((r) => r.file === first)).toHaveLength(1);
    expect(results).toHaveLength(files.length - 3);
    expect([...new Set(errors.map((e) => e.file))]).toEqual([
      join(dir.path, 'missing.yaml'),
      join(batch, 'project-0003-broken.yaml'),
      join(batch, 'project-0100-level.yaml'),
      join(batch, 'project-0229-empty.yaml'),
    ]);
  });

  it('gives the same results and errors with worker threads as with one thread', async () => {
    const collect = async (jobs: number) => {
      const results: ReportResult[] = [];
      const errors = await scoreEach(framework, [batch], (result) => results.push(result), { jobs });
      return { results, errors };
    };
    expect(await collect(4)).toEqual(await collect(1));
  });
});

describe('defaultJobs (threads when --jobs is not given)', () => {
  it('keeps a small batch on one thread, however many cores are idle', () => {
    expect(defaultJobs(PARALLEL_FROM - 1, 16, 0)).toBe(1);
    expect(defaultJobs(1, 16, 0)).toBe(1);
  });

  it('scores a large batch on one thread on two cores, even idle: a second thread there costs more than it saves', () => {
    expect(defaultJobs(10_000, 2, 0)).toBe(1);
    expect(defaultJobs(10_000, 2, 1.2)).toBe(1);
    expect(defaultJobs(10_000, 1, 0)).toBe(1);
  });

  it('gives a thread for each one and a half idle cores, up to four', () => {
    expect(defaultJobs(PARALLEL_FROM, 3, 0)).toBe(2);
    expect(defaultJobs(10_000, 4, 0)).toBe(2);
    expect(defaultJobs(10_000, 6, 0)).toBe(4);
    expect(defaultJobs(10_000, 64, 0)).toBe(4);
  });

  it('counts only the cores the load average leaves idle, and never goes below one thread', () => {
    expect(defaultJobs(10_000, 4, 2)).toBe(1);
    expect(defaultJobs(10_000, 8, 3.5)).toBe(3);
    expect(defaultJobs(10_000, 4, 9)).toBe(1);
  });
});
