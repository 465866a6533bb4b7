// `copro criteria <id>` explains a criterion or indicator in full: what it means, the source
// items it comes from (with their documents' addresses), what counts as yes and partly, the advice.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../helpers.js';
import { runMain } from '../in-process.js';

const framework = await defaultFramework();
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('copro criteria <id>, explained in full', () => {
  for (const criterion of framework.criteria) {
    it(`${criterion.id}: meaning, sources with addresses, yes and partly for each indicator, advice`, async () => {
      const run = await runMain(['criteria', criterion.id]);
      expect(run.code).toBe(0);
      const text = flat(run.stdout);
      expect(text).toContain(flat(criterion.summary));
      for (const id of criterion.sources) {
        const source = framework.sources.find((s) => s.items.some((i) => i.id === id))!;
        expect(text).toContain(`(${id}): `);
        if (source.url) expect(run.stdout).toContain(source.url);
      }
      for (const indicator of criterion.indicators) {
        expect(text).toContain(flat(indicator.question));
        if (indicator.yes) expect(text).toContain(`Counts as yes: ${flat(indicator.yes)}`);
        if (indicator.partly) expect(text).toContain(`Counts as partly: ${flat(indicator.partly)}`);
      }
      expect(text).toContain(flat(criterion.advice!));
    });
  }

  it('an indicator: its question, what counts as yes and partly, its sources with addresses, the advice', async () => {
    const criterion = framework.criteria.find((c) => c.indicators.some((i) => i.yes && i.partly))!;
    const indicator = criterion.indicators.find((i) => i.yes && i.partly)!;
    const run = await runMain(['criteria', indicator.id]);
    expect(run.code).toBe(0);
    const text = flat(run.stdout);
    expect(text).toContain(flat(indicator.question));
    expect(text).toContain(`Counts as yes: ${flat(indicator.yes!)}`);
    expect(text).toContain(`Counts as partly: ${flat(indicator.partly!)}`);
    expect(text).toContain(`Draws on (through ${criterion.title})`);
    for (const id of criterion.sources) expect(text).toContain(`(${id}): `);
    const source = framework.sources.find((s) => s.items.some((i) => i.id === criterion.sources[0]))!;
    expect(run.stdout).toContain(source.url!);
    expect(text).toContain(flat(criterion.advice!));
  });

  it('wraps prose between words to the terminal, never inside a word', async () => {
    const run = await runMain(['criteria', 'shared-power']);
    const long = run.stdout.split('\n').filter((l) => l.length > 100 && !/https?:\/\//.test(l));
    expect(long).toEqual([]);
  });
});
