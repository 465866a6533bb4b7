// @ts-check
// Synthetic project files for the benchmark and for the tests that compare the fast path with
// the plain one. Seeded, so the same seed always writes the same files. The files look like the
// ones in examples/: comments, a block-scalar summary, references, tags, stages and answers in
// the short form and the { level/answer, evidence } form, some `unknown` and `n/a`, some left out,
// and evidence of every length, quoted and plain.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FRAMEWORK = new URL('../criteria/framework.yaml', import.meta.url);

/** @typedef {() => number} Random a number in [0, 1), as Math.random gives */
/**
 * The parts of the framework file the projects are written from (read as plain YAML).
 * @typedef {{
 *   levels: { id: string }[],
 *   stages: { id: string }[],
 *   criteria: { indicators: { id: string }[] }[],
 * }} FrameworkIds
 */
/** @typedef {{ answered: number, evidence: number, bias: number }} Style how fully a project is written */

/**
 * A small fast PRNG (mulberry32): good enough for test data, and the same on every machine.
 * @param {number} seed
 * @returns {Random}
 */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Leith',
  'Dundee',
  'Govan',
  'Paisley',
  'Inverness',
  'Stornoway',
  'Fort William',
  'Ayr',
  'Kirkcaldy',
  'Dumfries',
  'Perth',
  'Stirling',
  'Aberdeen',
  'Falkirk',
  'Wick',
  'Lerwick',
];
const THINGS = [
  'community garden',
  'youth forum',
  'food larder',
  'repairs service',
  'recovery college',
  'time bank',
  'housing panel',
  'care review',
  'transport plan',
  'library service',
  'green space fund',
  'mental health hub',
  'town centre plan',
  'carers network',
];
const KINDS = [
  'co-production',
  'co-design',
  'consultation',
  'participatory budgeting',
  'community engagement',
  'partnership',
  'co-production',
  'citizens panel',
];
const ORGS = [
  'Council',
  'Health and Social Care Partnership',
  'Housing Association',
  'Community Trust',
  'Third Sector Interface',
  'Neighbourhood Partnership',
  'NHS Board',
];
const WHO = [
  'Residents',
  'Tenants',
  'Young people',
  'Carers',
  'People with lived experience',
  'Volunteers',
  'Community groups',
  'Service users',
  'Local parents',
  'Older people',
];
const DID = [
  'chose',
  'wrote',
  'agreed',
  'voted on',
  'shaped',
  'reviewed',
  'ran',
  'tested',
  'drafted',
  'led',
  'commented on',
  'were told about',
];
const WHAT = [
  'the priorities',
  'the rules',
  'the budget',
  'the shortlist',
  'the questions',
  'the evaluation',
  'the options',
  'the service design',
  'the action plan',
  'the training',
  'the terms of reference',
];
const HOW = [
  'at monthly meetings',
  'in a steering group',
  'through an online survey',
  'at drop-in sessions',
  'with paid facilitators',
  'over two years',
  'with childcare and travel paid',
  'in workshops',
  'by a public vote',
  'in a citizens panel',
];
const AFTER = [
  'and the council acted on it.',
  'and the results were published.',
  'but officers made the final decision.',
  'and the steering group reported back.',
  'with a £25,000 budget.',
  'and it changed how the service works.',
  'though few people came.',
  'and 1,200 people took part.',
];
const TAGS = [
  'housing',
  'health',
  'planning',
  'young people',
  'budgeting',
  'social care',
  'environment',
  'transport',
  'community grants',
  'mental health',
  'poverty',
];

/** @type {(random: Random, list: string[]) => string} */
const pick = (random, list) => list[Math.floor(random() * list.length)] ?? '';

/** @param {Random} random */
function sentence(random) {
  return `${pick(random, WHO)} ${pick(random, DID)} ${pick(random, WHAT)} ${pick(random, HOW)} ${pick(random, AFTER)}`;
}

/** @type {(random: Random, min: number, max: number) => string} */
function sentences(random, min, max) {
  const count = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: count }, () => sentence(random)).join(' ');
}

/**
 * Wrapped to about 100 columns, as people write block scalars.
 * @param {string} text
 * @param {string} indent
 */
function wrapped(text, indent) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length > 100) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** @param {string} text */
const quoted = (text) => JSON.stringify(text);

/**
 * A value as a person might write it: plain where YAML allows, double quotes otherwise.
 * @param {Random} random
 * @param {string} text
 */
function scalar(random, text) {
  return random() < 0.7 || /[:#{}[\],&*!|>'"%@`]|^[-?]/.test(text) ? quoted(text) : text;
}

/**
 * One stage or answer, in the short form or with evidence.
 * @param {Random} random
 * @param {string} key
 * @param {'level' | 'answer'} field
 * @param {string} value
 * @param {number} evidenceChance
 */
function entry(random, key, field, value, evidenceChance) {
  if (random() >= evidenceChance) return `  ${key}: ${value}`;
  const evidence = sentences(random, 1, random() < 0.15 ? 4 : 2);
  if (random() < 0.85) return `  ${key}: { ${field}: ${value}, evidence: ${quoted(evidence)} }`;
  return `  ${key}:\n    ${field}: ${value}\n    evidence: >-\n${wrapped(evidence, '      ')}`;
}

/** @type {(random: Random, framework: FrameworkIds, style: Style) => string[]} */
function stageLines(random, framework, style) {
  const levels = framework.levels.map((l) => l.id);
  // Projects that answer well tend to share power too, so every class turns up.
  const ladder = Math.floor(Math.min(0.99, random() * 0.6 + style.bias * 0.8) * levels.length);
  return framework.stages.flatMap((stage) => {
    const roll = random();
    if (roll < 0.05) return [];
    if (roll < 0.12) return [`  ${stage.id}: unknown`];
    if (roll < 0.16) return [`  ${stage.id}: n/a`];
    const level = levels[Math.max(0, Math.min(levels.length - 1, ladder + Math.floor(random() * 3) - 1))] ?? 'inform';
    return [entry(random, stage.id, 'level', level, style.evidence)];
  });
}

/** @type {(random: Random, framework: FrameworkIds, style: Style) => string[]} */
function answerLines(random, framework, style) {
  const bias = style.bias;
  return framework.criteria
    .flatMap((c) => c.indicators.map((i) => i.id))
    .flatMap((id) => {
      if (random() > style.answered) return [];
      const roll = random();
      if (roll < 0.12) return [`  ${id}: unknown`];
      if (roll < 0.17) return [`  ${id}: n/a`];
      const score = random() + bias;
      const answer = score > 1.1 ? 'yes' : score > 0.7 ? 'partly' : 'no';
      return [entry(random, id, 'answer', answer, style.evidence)];
    });
}

/**
 * One project file's text.
 * @param {Random} random
 * @param {FrameworkIds} framework
 * @param {number} index
 * @returns {string}
 */
function projectText(random, framework, index) {
  // Some files are short sketches, most are fuller case studies, a few answer everything.
  const size = random();
  const style = {
    answered: size < 0.15 ? 0.25 : size < 0.85 ? 0.8 : 1,
    evidence: size < 0.15 ? 0.2 : 0.65,
    // A quarter are strong projects, so that every class turns up in a batch.
    bias: random() < 0.25 ? 0.4 + random() * 0.3 : random() * 0.5 - 0.1,
  };
  const place = pick(random, PLACES);
  const year = 1995 + Math.floor(random() * 30);
  const lines = [
    '# yaml-language-server: $schema=../schemas/project.schema.json',
    `# Synthetic project ${index}, made by scripts/synthetic-projects.mjs for benchmarks and tests.`,
    `name: ${scalar(random, `${place} ${pick(random, THINGS)} ${index}`)}`,
    `organisation: ${scalar(random, `${place} ${pick(random, ORGS)}`)}`,
    `location: ${place}`,
    random() < 0.7 ? `year: ${year}` : `year: "${year}-${year + 1 + Math.floor(random() * 4)}"`,
    `summary: ${random() < 0.8 ? '|' : '>-'}`,
    wrapped(sentences(random, size < 0.15 ? 1 : 3, size < 0.15 ? 2 : 7), '  '),
    `describedAs: ${pick(random, KINDS)}`,
  ];
  const references = Math.floor(random() * 4);
  if (references > 0) {
    lines.push('references:');
    for (let r = 0; r < references; r++) {
      lines.push(
        `  - title: ${quoted(`${place} ${pick(random, ORGS)}: report on the ${pick(random, THINGS)} (${year})`)}`,
      );
      if (random() < 0.7)
        lines.push(`    url: https://example.org/${place.toLowerCase().replace(/ /g, '-')}/${index}/${r}`);
    }
  }
  if (random() < 0.8) lines.push(`tags: [${[pick(random, TAGS), pick(random, TAGS)].join(', ')}]`);
  lines.push('stages:', ...stageLines(random, framework, style));
  lines.push('answers:', ...answerLines(random, framework, style));
  return `${lines.join('\n')}\n`;
}

/** @returns {FrameworkIds} */
function loadFrameworkIds() {
  return parse(readFileSync(FRAMEWORK, 'utf8'));
}

/**
 * Writes `count` project files into `folder` (created if need be); returns their paths.
 * @param {string} folder
 * @param {number} count
 * @returns {string[]}
 */
export function writeProjects(folder, count, seed = 1) {
  const framework = loadFrameworkIds();
  const random = seededRandom(seed);
  mkdirSync(folder, { recursive: true });
  const width = String(count).length;
  const files = [];
  for (let i = 1; i <= count; i++) {
    const file = join(folder, `project-${String(i).padStart(width, '0')}.yaml`);
    writeFileSync(file, projectText(random, framework, i));
    files.push(file);
  }
  return files;
}
