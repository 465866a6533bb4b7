// Markdown and HTML keep a short row per project and spool the rendered sections; the sections
// must come back whole and in order, from memory or from disk.
import { describe, expect, it } from 'vitest';
import { collectingSink, type Collected } from '../../../src/render/collecting-sink.js';
import { examples, framework } from '../../report-fixtures.js';
import { Spool } from '../../../src/io/spool.js';
import { SummaryCounter } from '../../../src/core/model/report.js';

function collect(limit: number | undefined): Collected<string> & { sections: string } {
  let seen: (Collected<string> & { sections: string }) | undefined;
  const sink = collectingSink<string>(
    {
      row: (result, index) => `${index}:${result.project.name}`,
      section: (result, index) => `[${index} ${result.file} ${'x'.repeat(100)}]`,
      end(collected) {
        let sections = '';
        collected.drainSections((text) => (sections += text));
        seen = { ...collected, sections };
      },
    },
    () => new Spool(limit),
  );
  const counter = new SummaryCounter(framework);
  for (const result of examples.results) {
    counter.add(result);
    sink.result(result);
  }
  sink.end(counter.summary([]), []);
  return seen!;
}

describe('collecting sink', () => {
  for (const [label, limit] of [
    ['in memory', undefined],
    ['spooled to disk', 1],
  ] as const) {
    it(`hands back the rows, the first result and every section in order (${label})`, () => {
      const collected = collect(limit);
      expect(collected.rows).toEqual(examples.results.map((r, i) => `${i}:${r.project.name}`));
      expect(collected.first).toBe(examples.results[0]);
      expect(collected.sections).toBe(examples.results.map((r, i) => `[${i} ${r.file} ${'x'.repeat(100)}]`).join(''));
      expect(collected.summary.scored).toBe(examples.results.length);
    });
  }
});
