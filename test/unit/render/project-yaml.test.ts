// The YAML `copro init` writes: valid as it stands, every stage and question listed, and what
// the questionnaire gathered read back exactly, however awkward the text.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkProject, type RawProject } from '../../../src/core/project/project-rules.js';
import type { Framework, Project } from '../../../src/core/model/types.js';
import { PLACEHOLDER_NAME, renderProjectYaml, templateProject } from '../../../src/render/project-yaml/render.js';
import { defaultFramework, schemaValidator } from '../../helpers.js';

const framework = await defaultFramework();
const validateProject = await schemaValidator('project');
const indicators = framework.criteria.flatMap((c) => c.indicators);

function readBack(text: string, f: Framework = framework): Project {
  const data = parse(text) as RawProject;
  expect(validateProject(data), JSON.stringify(validateProject.errors)).toBe(true);
  const { project, problems } = checkProject(f, data);
  expect(problems).toEqual([]);
  return project!;
}

describe('the template', () => {
  const text = renderProjectYaml(framework, templateProject(), {
    schemaRef: '/opt/copro/schemas/project.schema.json',
    fileName: 'p.yaml',
  });

  it('stays valid for a framework whose stage ids are names every object inherits', () => {
    const odd = {
      ...framework,
      stages: [...framework.stages, { id: 'constructor', label: 'Constructor' }, { id: 'valueof', label: 'Value' }],
    };
    const oddText = renderProjectYaml(odd, templateProject(), { schemaRef: 's.json', fileName: 'p.yaml' });
    const project = readBack(oddText, odd);
    expect(Object.getOwnPropertyDescriptor(project.stages, 'constructor')?.value).toEqual({ level: 'unknown' });
  });

  it('starts with the editor schema line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=/opt/copro/schemas/project.schema.json');
  });

  it('is valid as it stands: every stage and every indicator present and "unknown"', () => {
    const project = readBack(text);
    expect(project.name).toBe(PLACEHOLDER_NAME);
    expect(Object.keys(project.stages)).toEqual(framework.stages.map((s) => s.id));
    expect(Object.values(project.stages).every((s) => s.level === 'unknown')).toBe(true);
    expect(Object.keys(project.answers)).toEqual(indicators.map((i) => i.id));
    expect(Object.values(project.answers).every((a) => a.answer === 'unknown')).toBe(true);
  });

  it('puts each question, and what counts as yes, in a comment just above its answer', () => {
    const lines = text.split('\n');
    for (const indicator of indicators) {
      const at = lines.indexOf(`  ${indicator.id}: unknown`);
      expect(at, indicator.id).toBeGreaterThan(0);
      const comments = [];
      for (let i = at - 1; lines[i]!.trimStart().startsWith('#') && !lines[i]!.includes('──'); i--)
        comments.unshift(lines[i]!.replace(/^\s*#\s?/, ''));
      const said = comments.join(' ').replace(/\s+/g, ' ');
      expect(said, indicator.id).toContain(indicator.question.replace(/\s+/g, ' '));
      if (indicator.yes) expect(said).toContain(`yes: ${indicator.yes.replace(/\s+/g, ' ')}`);
    }
  });

  it('explains every level with its example, and every stage', () => {
    const flat = text.replace(/\n#\s+/g, ' ');
    for (const level of framework.levels) expect(flat).toContain(`For example: ${level.example}`);
    for (const stage of framework.stages) expect(text).toContain(`  # ${stage.label}: `);
  });

  it('keeps comment lines within 100 characters', () => {
    const long = text
      .split('\n')
      .filter((l) => l.trimStart().startsWith('#') && l.length > 100 && !l.includes('$schema='));
    expect(long).toEqual([]);
  });
});

describe('a described project', () => {
  it("keeps a value that is all Unicode space (found by the page's property test): it reads back as itself", () => {
    for (const space of ['\u00a0', '\u3000', '\u2028', '\ufeff']) {
      const project: Project = { name: 'x', stages: {}, answers: {}, references: [{ title: 'T', url: space }] };
      expect(parse(renderProjectYaml(framework, project)).references).toEqual([{ title: 'T', url: space }]);
    }
  });

  const awkward: Project = {
    name: 'Leith: "Decides" #1',
    organisation: "Leith Neighbourhood Partnership (it's ours)",
    year: '2010-2020',
    summary: 'Two lines:\n  the second indented, with a # and a: colon',
    describedAs: 'yes',
    stages: {
      define: { level: 'collaborate', evidence: 'Residents chose the aims: loneliness & food' },
      decide: { level: 'delegate' },
      evaluate: { level: 'n/a' },
    },
    answers: {
      [indicators[0]!.id]: { answer: 'yes', evidence: '- a list marker, then 50% of "quotes"' },
      [indicators[1]!.id]: { answer: 'n/a' },
      [indicators[2]!.id]: { answer: 'no', evidence: 'no' },
    },
  };

  it('reads back exactly, whatever the text holds', () => {
    const project = readBack(renderProjectYaml(framework, awkward));
    expect(project).toMatchObject({
      name: awkward.name,
      organisation: awkward.organisation,
      year: awkward.year,
      summary: awkward.summary,
      describedAs: 'yes',
    });
    expect(project.stages.define).toEqual(awkward.stages.define);
    expect(project.stages.decide).toEqual({ level: 'delegate' });
    expect(project.stages.design).toEqual({ level: 'unknown' });
    for (const [id, entry] of Object.entries(awkward.answers)) expect(project.answers[id]).toEqual(entry);
    expect(project.answers[indicators[3]!.id]).toEqual({ answer: 'unknown' });
  });

  it('writes a whole-number year as a number, and leaves out details not given', () => {
    const text = renderProjectYaml(framework, { name: 'P', year: 2019, stages: {}, answers: {} });
    expect(text).toMatch(/^year: 2019$/m);
    expect(text).toMatch(/^# organisation: +# who ran or hosted the project$/m);
    expect(readBack(text).year).toBe(2019);
  });

  it('follows the framework in use: its stages, levels and indicators', () => {
    const tiny: Framework = {
      ...framework,
      stages: [{ id: 'plan', label: 'Plan' }],
      levels: [
        { id: 'told', label: 'Told' },
        { id: 'led', label: 'Led', description: 'People led.' },
      ],
      criteria: [
        { id: 'c', title: 'C', summary: 'S', weight: 1, sources: [], indicators: [{ id: 'c.q', question: 'Q?' }] },
      ],
    };
    const text = renderProjectYaml(tiny, { name: 'P', stages: { plan: { level: 'led' } }, answers: {} });
    expect(text).toMatch(/^ {2}plan: led$/m);
    expect(text).toMatch(/^ {2}c\.q: unknown$/m);
    expect(text).not.toContain('define');
    expect(readBack(text, tiny).stages.plan).toEqual({ level: 'led' });
  });
});

describe('a project with suggestions from copro draft still to check', () => {
  const quote = '“The panel decided jointly.”';
  const suggested: Project = {
    name: 'Drafted',
    stages: { decide: { level: 'collaborate', evidence: quote, suggested: true } },
    answers: { [indicators[0]!.id]: { answer: 'yes', evidence: quote, suggested: true } },
  };
  const options = { schemaRef: 's.json', fileName: 'drafted.yaml' };

  it('says at the top how many are left and how to check them, and keeps each mark', () => {
    const text = renderProjectYaml(framework, suggested, options);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=s.json');
    expect(lines[1]).toMatch(/^# =+$/);
    expect(text).toContain('# DRAFT, TO CHECK: 1 stage level and 1 answer below were suggested by `copro draft`');
    expect(text).toMatch(/copro review\s+(# )?drafted\.yaml/);
    expect(text).toMatch(/suggested stage\s+(# )?provisional/);
    const back = readBack(text);
    expect(back.stages.decide).toEqual({ level: 'collaborate', evidence: quote, suggested: true });
    expect(back.answers[indicators[0]!.id]).toEqual({ answer: 'yes', evidence: quote, suggested: true });
  });

  it('says nothing of a draft once every suggestion is checked', () => {
    const checked: Project = {
      ...suggested,
      stages: { decide: { level: 'collaborate', evidence: quote } },
      answers: { [indicators[0]!.id]: { answer: 'no' } },
    };
    const text = renderProjectYaml(framework, checked, options);
    expect(text).not.toMatch(/DRAFT|suggested: true/);
    expect(text.split('\n')[1]).toMatch(/^# A project described for copro/);
  });

  it('leaves out what a stage would make provisional when only answers are left', () => {
    const text = renderProjectYaml(framework, { ...suggested, stages: {} }, options);
    expect(text).toContain('# DRAFT, TO CHECK: 1 answer below was suggested');
    expect(text).not.toMatch(/provisional/);
  });
});
