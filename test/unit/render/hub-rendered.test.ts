// A hub's parts rendered where each file is scored (render/hub/rendered.ts) make the same site,
// byte for byte, as the scorecards taken whole on the writing thread (HubBuilder.take): drafts
// left out or listed, a file its people did not agree to publish left out, files named by their
// file name only, two files of one name told apart, and a project assessed twice compared.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreOne } from '../../../src/batch/score-files.js';
import { digestOf, SummaryCounter, type ReportResult } from '../../../src/core/model/report.js';
import { DEFAULT_LIMITS } from '../../../src/io/limits.js';
import { TOOL } from '../../../src/io/tool.js';
import { hubRenderer } from '../../../src/render/hub/rendered.js';
import { repeatedFileNames, type Publication } from '../../../src/render/hub/public.js';
import { HubBuilder } from '../../../src/render/hub/site.js';
import { reportHeader } from '../../../src/render/sink.js';
import { newSpool } from '../../report-fixtures.js';
import { defaultFramework, tempDir } from '../../helpers.js';

const framework = await defaultFramework();
const header = reportHeader(TOOL, framework);
const dir = tempDir();

const SHARED = [
  'stages:',
  '  define: { level: collaborate, evidence: "Residents and staff set the priorities together" }',
  '  decide: { level: delegate, evidence: "Residents voted; the vote was binding" }',
  '  deliver: { level: collaborate, evidence: "Residents and staff ran it together" }',
  'partners: [community-members, public-body]',
].join('\n');

const files: string[] = [];
const results: ReportResult[] = [];

beforeAll(async () => {
  files.push(
    dir.write('one/kirkcaldy.yaml', `name: Kirkcaldy Food Pantry\nlocation: Kirkcaldy\n${SHARED}\n`),
    dir.write('two/kirkcaldy.yaml', `name: Kirkcaldy Again\nlocation: Kirkcaldy\n${SHARED}\n`),
    dir.write(
      'one/email.yaml',
      `name: Harbour Talks\nsummary: "to be fair they listened, Jim"\npublish: { consent: true, summary: "Planned together." }\n${SHARED}\n`,
    ),
    dir.write('one/private.yaml', `name: Not For Publishing\npublish: { consent: false }\n${SHARED}\n`),
    dir.write(
      'one/draft.yaml',
      'name: Unchecked Draft\nstages:\n  define: { level: collaborate, evidence: "We planned it", suggested: true }\n',
    ),
    dir.write('one/walks-2020.yaml', `name: Harbour Walks\nid: walks\nassessment: { date: 2020-03-01 }\n${SHARED}\n`),
    dir.write('one/walks-2021.yaml', `name: Harbour Walks\nid: walks\nassessment: { date: 2021-03-01 }\n${SHARED}\n`),
  );
  for (const file of files) {
    const outcome = await scoreOne(framework, file, DEFAULT_LIMITS);
    if (!('result' in outcome)) throw new Error(`${file} did not score`);
    results.push(outcome.result);
  }
});

afterAll(() => dir.remove());

/** A whole hub built with `feed`, as its files and what became of each scorecard. */
async function site(includeDrafts: boolean, feed: (hub: HubBuilder) => Publication[]) {
  const put = new Map<string, string>();
  const options = { title: 'A hub', newSpool, includeDrafts };
  // The gzipped JSON download as the text it holds.
  const text = (path: string, content: string | Uint8Array) =>
    typeof content === 'string'
      ? content
      : new TextDecoder().decode(path.endsWith('.gz') ? gunzipSync(content) : content);
  const hub = new HubBuilder(framework, header, options, (path, content) => put.set(path, text(path, content)));
  const publications = feed(hub);
  const counter = new SummaryCounter(framework);
  results.forEach((result, i) => publications[i] === 'published' && counter.add(result));
  hub.end(counter.summary([]), []);
  await hub.downloadsWritten();
  return { put, publications };
}

describe('hub parts rendered where each file is scored', () => {
  for (const includeDrafts of [false, true])
    it(`make the same site as scorecards taken whole${includeDrafts ? ', drafts listed' : ''}`, async () => {
      const whole = await site(includeDrafts, (hub) => results.map((result) => hub.take(result)));
      const render = hubRenderer(framework, {
        header,
        title: 'A hub',
        includeDrafts,
        repeatedNames: repeatedFileNames(files),
      });
      const rendered = await site(includeDrafts, (hub) =>
        results.map((result) => {
          const { text, part } = render(result);
          return hub.renderedResult(text, digestOf(result).file, part);
        }),
      );
      expect(rendered.publications).toEqual(whole.publications);
      expect(whole.publications).toEqual([
        'published',
        'published',
        'published',
        'no-consent',
        'draft',
        'published',
        'published',
      ]);
      expect([...rendered.put.keys()].sort()).toEqual([...whole.put.keys()].sort());
      for (const [path, content] of whole.put) expect(rendered.put.get(path), path).toBe(content);
      expect(whole.put.has('projects/draft.html')).toBe(includeDrafts);
      // File names only, the second of one name told apart; the summary meant for publishing.
      const json = whole.put.get('projects.json.gz')!;
      expect(json).toContain('"file": "kirkcaldy.yaml"');
      expect(json).toContain('"file": "kirkcaldy.yaml (2)"');
      expect(json).not.toContain(dir.path);
      expect(json).not.toContain('Not For Publishing');
      expect(json).not.toContain('listened, Jim');
      expect(whole.put.has('compare/walks.html')).toBe(true);
    });
});
