// The streamed JSON report must be exactly the plain one: same bytes, whether the results were
// spooled in memory or on disk.
import { describe, expect, it } from 'vitest';
import { SummaryCounter } from '../../../src/core/model/report.js';
import { scoreFiles } from '../../../src/batch/score-files.js';
import { jsonSink } from '../../../src/render/json/sink.js';
import { renderJson } from '../../../src/render/json/render.js';
import { reportHeader } from '../../../src/render/sink.js';
import { Spool } from '../../../src/io/spool.js';
import type { TextOutput } from '../../../src/io/text-output.js';
import { defaultFramework, EXAMPLES } from '../../helpers.js';

const framework = await defaultFramework();
const report = await scoreFiles(framework, [EXAMPLES, '/no/such/path.yaml']);

function memoryOutput(): TextOutput & { text: string } {
  const output = {
    name: 'memory',
    isStdout: false,
    text: '',
    write: (t: string) => void (output.text += t),
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
  };
  return output;
}

/** An output that also takes bytes, as files and stdout do: the spool copies them back raw. */
function byteOutput(): TextOutput & { text: string } {
  const chunks: Buffer[] = [];
  return {
    name: 'bytes',
    isStdout: false,
    write: (t: string) => void chunks.push(Buffer.from(t)),
    writeBytes: (b: Uint8Array) => void chunks.push(Buffer.from(b)),
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
    get text() {
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

describe('streamed JSON', () => {
  for (const [label, limit, makeOutput] of [
    ['in memory', undefined, memoryOutput],
    ['spooled to disk', 1, memoryOutput],
    ['spooled to disk, copied back as bytes', 1, byteOutput],
    ['spooled to disk in part, copied back as bytes', 100_000, byteOutput],
  ] as const) {
    it(`equals the plain rendering byte for byte (${label})`, () => {
      const output = makeOutput();
      const sink = jsonSink(reportHeader(report.tool, framework), output, () => new Spool(limit));
      const counter = new SummaryCounter(framework);
      for (const result of report.results) {
        counter.add(result);
        sink.result(result);
      }
      sink.end(counter.summary(report.errors), report.errors);
      expect(output.text).toBe(renderJson(report));
    });
  }

  it('equals the plain rendering with no results', () => {
    const empty = { ...report, results: [], summary: new SummaryCounter(framework).summary(report.errors) };
    const output = memoryOutput();
    jsonSink(reportHeader(report.tool, framework), output, () => new Spool()).end(empty.summary, empty.errors);
    expect(output.text).toBe(renderJson(empty));
  });
});
