import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

describe('copro criteria', () => {
  it('prints the framework as a readable table', async () => {
    const run = await runMain(['criteria']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shared-power');
    expect(run.stdout).toContain('Classes, checked in this order');
    expect(run.stdout).toContain(
      '  Consultation or engagement — not co-production (consultation): everything else\n\n`copro criteria <id>`',
    );
    expect(run.stdout).not.toContain('\n\n\n');
  });

  it('lists every item of the four documents under its published name in JSON, each cited by a criterion', async () => {
    const run = await runMain(['criteria', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'framework',
      'sources',
      'stages',
      'levels',
      'criteria',
      'classes',
      'scoring',
      'terms',
      'models',
      'partners',
      'retired',
      'changes',
      'cues',
    ]);
    // Everything a person needs to answer: guidance, stage tests, class rules, terms.
    expect(doc.criteria[0].indicators[0]).toMatchObject({
      question: expect.any(String),
      yes: expect.any(String),
      partly: expect.any(String),
    });
    expect(
      doc.classes.find((c: { id: string }) => c.id === 'co-production').requires.map((r: { id: string }) => r.id),
    ).toContain('planning-shared');
    expect(doc.terms.map((t: { id: string }) => t.id)).toContain('co-design');
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(['nef', 'nsce', 'sgpf', 'pb-charter']);
    const cited = new Set(doc.criteria.flatMap((c: { sources: string[] }) => c.sources));
    const items = doc.sources.flatMap((s: { items: { id: string; name: string }[] }) => s.items);
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const item of items) expect(cited.has(item.id), `${item.id} cited`).toBe(true);
    const names = items.map((i: { name: string }) => i.name);
    for (const name of [
      'Assets',
      'Catalysts',
      'Inclusion',
      'Impact',
      'Inform',
      'Delegate',
      'Deliberative',
      'Part of our democracy',
    ]) {
      expect(names).toContain(name);
    }
    expect(doc.classes.map((c: { id: string }) => c.id)).toEqual([
      'not-yet-assessable',
      'community-led-action',
      'co-production',
      'partial-co-production',
      'consultation',
    ]);
  });

  it('explains one criterion, with its sources, indicators and advice', async () => {
    const run = await runMain(['criteria', 'shared-power']);
    expect(run.code).toBe(0);
    for (const heading of ['Draws on', 'Indicators', 'To improve']) expect(run.stdout).toContain(heading);
  });

  it('explains an indicator, a source item, a stage, a level and a class', async () => {
    for (const id of ['shared-power.binding-decision', 'nsce.inclusion', 'design', 'collaborate', 'co-production']) {
      const run = await runMain(['criteria', id]);
      expect(run.code, id).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(20);
    }
  });

  it('gives a stage, a level or a class in JSON as the framework defines it', async () => {
    const entry = async (id: string) => JSON.parse((await runMain(['criteria', id, '--format', 'json'])).stdout).entry;
    expect(await entry('design')).toEqual({
      kind: 'stage',
      stage: expect.objectContaining({ id: 'design', label: 'Design' }),
      cues: { id: 'design', levels: expect.objectContaining({ collaborate: expect.arrayContaining(['co-design*']) }) },
    });
    expect(await entry('none')).toEqual({
      kind: 'level',
      level: expect.objectContaining({ id: 'none', label: 'No involvement' }),
    });
    expect(await entry('consultation')).toEqual({
      kind: 'class',
      class: expect.objectContaining({
        id: 'consultation',
        label: 'Consultation or engagement — not co-production',
        requires: [],
      }),
    });
    expect(await entry('co-design')).toEqual({
      kind: 'term',
      term: expect.objectContaining({ id: 'co-design', label: 'co-design', definition: expect.any(String) }),
    });
    expect((await entry('terms')).terms.length).toBeGreaterThanOrEqual(10);
  });

  it('lists what `copro draft` looks for: under a stage, under a question, and all of it with `criteria cues`', async () => {
    const stage = await runMain(['criteria', 'decide', '--no-color']);
    expect(stage.code).toBe(0);
    expect(stage.stdout).toContain('What `copro draft` looks for');
    expect(stage.stdout).toMatch(/delegate: "residents vot\*", /);
    const question = await runMain(['criteria', 'support.accessible', '--no-color']);
    expect(question.stdout).toMatch(/What `copro draft` looks for\n {2}yes: "easy read", "bsl"/);
    const all = await runMain(['criteria', 'cues', '--no-color']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Cancelled by an earlier "not", "never"');
    expect(all.stdout).toContain('reciprocity.recognised');
    expect(JSON.parse((await runMain(['criteria', 'cues', '--format', 'json'])).stdout).entry.cues.stages).toHaveLength(
      5,
    );
  });

  it('lists the terms, each with its definition and how the evidence supports it', async () => {
    const run = await runMain(['criteria', 'terms']);
    expect(run.code).toBe(0);
    for (const term of [
      'co-production',
      'co-design',
      'co-creation',
      'co-research',
      'co-delivery',
      'co-evaluation',
      'participatory budgeting',
      'engagement',
      'consultation',
      'community-led action',
    ]) {
      expect(run.stdout).toContain(`${term}  term `);
    }
    expect(run.stdout).toContain('copro cannot test this term from a project file');
  });

  it('shows a stage with a test for each level', async () => {
    const run = await runMain(['criteria', 'design']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('In a project file: stages:');
  });

  it('suggests the right id for a misspelt one, with exit 2', async () => {
    const run = await runMain(['criteria', 'shared-powr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean "shared-power"');
  });
});

describe('copro criteria -o and --format, as for assess', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('writes JSON to a .json file without --format, and the table to any other file', async () => {
    const json = join(dir.path, 'criteria.json');
    const text = join(dir.path, 'criteria.txt');
    expect((await runMain(['criteria', '-o', json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).schemaVersion).toBe(1);
    expect((await runMain(['criteria', 'shared-power', '-o', text])).code).toBe(0);
    expect(readFileSync(text, 'utf8')).toBe((await runMain(['criteria', 'shared-power'])).stdout);
  });

  it('lets --format overrule the extension, and suggests the format meant', async () => {
    const file = join(dir.path, 'table.json');
    expect((await runMain(['criteria', '--format', 'table', '-o', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Classes, checked in this order');
    const typo = await runMain(['criteria', '--format', 'jsn']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('copro: unknown format "jsn": use table or json — did you mean "json"?\n');
  });
});
