// `copro init --from`: a new assessment offers every earlier level and answer as the default,
// keeps the details and id, and records the new date and perspective.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACK, type Asker } from '../../../src/cli/init-questions.js';
import { askReassessment, reassessment } from '../../../src/cli/init-reassess.js';
import { loadProjectBytes, loadProjectFile } from '../../../src/io/load-project.js';
import { renderProjectYaml } from '../../../src/render/project-yaml/render.js';
import { PLAIN_STYLE } from '../../../src/render/text/style.js';
import { leithVariant } from '../../compare-fixtures.js';
import { defaultFramework, EXAMPLES, tempDir } from '../../helpers.js';

const framework = await defaultFramework();
const dir = tempDir();
const file = dir.write(
  'earlier.yaml',
  leithVariant({ id: 'leith', assessment: { date: '2025-05-01', by: 'council staff', perspective: 'staff' } }),
);
const loaded = await loadProjectFile(framework, file);
if (!loaded.ok) throw new Error('earlier.yaml did not load');
const earlier = loaded.project;
dir.remove();

/** Takes every default, except the replies given (matched by message); records the defaults offered. */
function acceptDefaults(replies: [RegExp, string][] = []) {
  const offered: { message: string; default: unknown }[] = [];
  const reply = (message: string) => replies.find(([pattern]) => pattern.test(message))?.[1];
  const asker: Asker = {
    async text({ message, default: initial, validate }) {
      offered.push({ message, default: initial });
      const value = reply(message) ?? initial ?? '';
      if (validate && validate(value) !== true) throw new Error(`rejected "${value}": ${String(validate(value))}`);
      return value;
    },
    async choose({ message, choices, default: initial }) {
      offered.push({ message, default: initial });
      const value = (reply(message) ?? initial) as typeof initial;
      if (!choices.some((c) => c.value === value)) throw new Error(`"${value}" is not a choice for ${message}`);
      return value;
    },
    async confirm({ default: initial }) {
      return initial;
    },
    say: () => undefined,
  };
  return { asker, offered };
}

const accept = () => true as const;

describe('init --from: a new assessment of a project already described', () => {
  it('offers every earlier level, answer and piece of evidence as the default, and keeps them when accepted', async () => {
    const { asker, offered } = acceptDefaults([
      [/date/, '2026-05-01'],
      [/point of view/, 'community'],
      [/Who is assessing/, "residents' panel"],
    ]);
    const project = await askReassessment(
      asker,
      earlier,
      framework,
      { date: '2026-12-01', perspective: 'staff', by: 'council staff' },
      accept,
      PLAIN_STYLE,
    );
    expect(offered.find((o) => /date/.test(o.message))!.default).toBe('2026-12-01');
    expect(offered.find((o) => /Decide stage/.test(o.message))!.default).toBe('delegate');
    expect(offered.find((o) => /final decision/.test(o.message))!.default).toBe('yes');
    expect(offered).toContainEqual({
      message: expect.stringMatching(/Evidence:/),
      default: 'Grants go to the projects residents vote for.',
    });
    expect(project.assessment).toEqual({ date: '2026-05-01', perspective: 'community', by: "residents' panel" });
    expect(project.id).toBe('leith');
    expect(project.name).toBe(earlier.name);
    expect(project.stages).toEqual(earlier.stages);
    expect(project.answers).toEqual(earlier.answers);
    expect(project.expectedClass).toBeUndefined();
  });

  it('records a changed answer, and keeps the earlier answers when the questions are skipped', async () => {
    const changed = acceptDefaults([[/final decision/, 'no']]);
    const project = await askReassessment(
      changed.asker,
      earlier,
      framework,
      { date: '2026-05-01' },
      accept,
      PLAIN_STYLE,
    );
    expect(project.answers['shared-power.binding-decision']!.answer).toBe('no');
    const skipped = acceptDefaults([[/Answer them now/, 'none']]);
    const kept = await askReassessment(skipped.asker, earlier, framework, { date: '2026-05-01' }, accept, PLAIN_STYLE);
    expect(kept.answers).toEqual(earlier.answers);
  });

  it('goes back a question with "← Back", offering the earlier level again as the default', async () => {
    const { asker, offered } = acceptDefaults();
    let stageQuestions = 0;
    const choose = asker.choose.bind(asker);
    asker.choose = (async (question: Parameters<Asker['choose']>[0]) => {
      if (/stage\?$/.test(question.message) && ++stageQuestions === 2) return BACK;
      return choose(question);
    }) as Asker['choose'];
    const project = await askReassessment(asker, earlier, framework, { date: '2026-05-01' }, accept, PLAIN_STYLE);
    const firstStage = offered.filter((o) => /stage\?$/.test(o.message));
    expect(firstStage[0]!.message).toBe(firstStage[1]!.message);
    expect(firstStage[1]!.default).toBe(firstStage[0]!.default);
    expect(project.stages).toEqual(earlier.stages);
  });

  it('writes a valid file that carries the id, the partners and the new assessment', () => {
    const text = renderProjectYaml(framework, reassessment(earlier, { date: '2026-05-01', perspective: 'community' }));
    expect(text).toContain('id: leith\n');
    expect(text).toContain('assessment:\n  date: 2026-05-01\n  perspective: community\n');
    expect(text).toMatch(/partners:\n {2}- community-members/);
    const again = loadProjectBytes(framework, 'new.yaml', Buffer.from(text));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.project.answers).toEqual(earlier.answers);
  });

  it('starts from any example', async () => {
    const example = await loadProjectFile(framework, join(EXAMPLES, 'dundee-decides.yaml'));
    expect(example.ok).toBe(true);
    if (example.ok)
      expect(reassessment(example.project, { date: '2026-01-01' }).assessment).toEqual({ date: '2026-01-01' });
  });
});
