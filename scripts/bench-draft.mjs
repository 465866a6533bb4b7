// `npm run bench:draft` (after `npm run build`): how well `copro draft` reads texts its cue authors
// did not write, against a person's coding of each text from the text alone.
//
// The blind corpus (test/draft-corpus/, see its README): texts written from public case records by
// writers who never saw the cues, each coded by another. Every folder of test/draft-corpus other
// than `coded/` is a part (`tuning/`, and a fresh held-out folder such as `held-out-5/`), each
// reported apart; the texts of every part are coded in `coded/` under the same base name. `tuning/`
// may be read while tuning the reader; no other part ever is, and their figures are the ones that
// count. `--tuning` runs the tuning part only (for tuning runs: the other parts are run as seldom as
// possible); `--part <name>` (repeatable) runs the named parts; with neither, every part runs.
// Text-by-text lines are printed for `tuning` only. `--apart e-,f-` adds two rows splitting the tuning
// part by the beginnings of text names. `--older` adds the older sets (the examples and
// test/draft-bench emails).
//
// For each text it reads the file as `copro draft` does (document-text, then the reader with its
// tagger), and compares the draft with the coded file:
//   - evidence found: of the stages the person coded (a level, or not-yet), the share where the
//     draft quotes a sentence at that stage, with or without a level;
//   - levels within one step: of the levels the draft suggests on stages the person gave a level,
//     the share within one step of the person's;
//   - over-estimates: of those suggested levels, the share two or more steps above the person's;
//   - drafted classes above the person's class (the coded file's expectedClass), and consultations
//     drafted as co-production; classes ranked co-production 3, partial co-production 2, and
//     community-led action, consultation and not yet assessable 1 (consultation is the lowest class
//     a draft can have until the verdict work adds the others, so it is never "above" them);
//   - review prompts per text, an estimate of what the review (issue 19, point 6) would ask:
//     missing details (name, organisation, place, year, partners: 1 each; drafted partners shown for
//     a yes: 1) + suggested stages +
//     suggested answers + the few unanswered questions that would most change the verdict (counted
//     as 5, or fewer when fewer are unanswered). The review itself is built by `copro review`; this
//     is an estimate from the draft.
// Coded files may use things copro does not read yet ("2016 onwards" as a year, classes the verdict
// work adds): the bench drops `year` and `expectedClass` before loading a coded file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'test', 'draft-corpus');
const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const { loadFramework } = await dist('io/load-framework.js');
const { loadProjectBytes, loadProjectFile } = await dist('io/load-project.js');
const { draftProject } = await dist('core/draft/draft.js');
const { assessProject } = await dist('core/assess/assess.js');
const { levelRank } = await dist('core/framework/levels.js');
const { documentText } = await dist('io/document-text.js');
const { draftLimits } = await dist('io/draft-limits.js');
const { limitsFromEnv } = await dist('io/limits.js');
const { tagSentence } = await dist('io/tagger.js');

const argv = process.argv.slice(2);
const args = new Set(argv);
const loaded = await loadFramework();
if (!loaded.ok) throw new Error('the bundled framework is not valid');
const framework = loaded.framework;
const limits = draftLimits(limitsFromEnv());

const CLASS_RANK = {
  'co-production': 3,
  'partial-co-production': 2,
  'community-led-action': 1,
  consultation: 1,
  'not-yet-assessable': 1,
};
const REVIEW_QUESTIONS = 5;
const DETAILS = ['organisation', 'location', 'year', 'partners'];

/** A coded file, loaded as copro loads a project, without the fields copro does not read yet. */
function coded(id) {
  const file = join(CORPUS, 'coded', `${id}.yaml`);
  if (!existsSync(file)) fail(`${id} has no coded file: expected ${file}.`);
  const data = parse(readFileSync(file, 'utf8'));
  const expectedClass = data.expectedClass;
  delete data.year;
  delete data.expectedClass;
  const read = loadProjectBytes(framework, file, Buffer.from(stringify(data)));
  if (!read.ok) throw new Error(`${file}: ${read.errors[0].message}`);
  return { project: read.project, expectedClass };
}

const rankOf = (level) => (level === undefined ? -1 : levelRank(framework, level));
const entryOf = (project, stage) => {
  const entry = project.stages[stage];
  return typeof entry === 'string' ? { level: entry } : (entry ?? { level: 'unknown' });
};

async function draftOf(file) {
  const read = await documentText(file, new Uint8Array(readFileSync(file)), limits);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  return draftProject(framework, read.document, `Draft from ${basename(file)}`, tagSentence);
}

function reviewPrompts(outcome) {
  const { project } = outcome;
  const missing =
    (project.name.startsWith('Draft from ') ? 1 : 0) +
    DETAILS.filter((d) => project[d] === undefined || (Array.isArray(project[d]) && project[d].length === 0)).length;
  const questions = framework.criteria.reduce((n, c) => n + c.indicators.length, 0);
  const unanswered = questions - Object.keys(project.answers).length;
  // Partners read from the text are shown for a yes (one answer) when the draft holds suggestions.
  const partnersShown = project.partners?.length > 0 && outcome.stages.length + outcome.answers.length > 0 ? 1 : 0;
  // Last, whether the people involved agreed to publishing: one answer (Enter, "not asked yet", or
  // no), or three when a yes is followed by a summary written for the public page.
  const publishing = 1;
  return (
    missing +
    partnersShown +
    outcome.stages.length +
    outcome.answers.length +
    Math.min(REVIEW_QUESTIONS, unanswered) +
    publishing
  );
}

async function measure(part, file) {
  const id = basename(file, extname(file));
  const hand = coded(id);
  const outcome = await draftOf(file);
  const drafted = outcome.project;
  const stages = framework.stages.map((s) => {
    const want = entryOf(hand.project, s.id);
    const got = entryOf(drafted, s.id);
    const codedLevel = rankOf(want.level) >= 0;
    const codedAtAll = codedLevel || want.level === 'not-yet';
    const quoted = got.evidence !== undefined;
    const suggested = rankOf(got.level) >= 0;
    const distance = codedLevel && suggested ? rankOf(got.level) - rankOf(want.level) : undefined;
    return { id: s.id, want: want.level, got: got.level, codedLevel, codedAtAll, quoted, suggested, distance };
  });
  const handClass = hand.expectedClass ?? assessProject(framework, hand.project).classification.id;
  const draftClass = assessProject(framework, drafted).classification.id;
  return {
    part,
    id,
    stages,
    handClass,
    draftClass,
    prompts: reviewPrompts(outcome),
    answers: outcome.answers.length,
  };
}

const percent = (n, d) => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);

function summarise(name, results) {
  const stages = results.flatMap((r) => r.stages);
  const coded = stages.filter((s) => s.codedAtAll);
  const found = coded.filter((s) => s.quoted);
  const compared = stages.filter((s) => s.distance !== undefined);
  const within = compared.filter((s) => Math.abs(s.distance) <= 1);
  const over = compared.filter((s) => s.distance >= 2);
  const uncoded = stages.filter((s) => !s.codedLevel && s.suggested).length;
  const above = results.filter((r) => CLASS_RANK[r.draftClass] > CLASS_RANK[r.handClass]);
  const consultations = results.filter((r) => r.handClass === 'consultation');
  const intoCoPro = consultations.filter((r) => r.draftClass === 'co-production');
  const prompts = results.map((r) => r.prompts);
  const meanPrompts = prompts.reduce((a, b) => a + b, 0) / Math.max(1, prompts.length);
  return {
    name,
    texts: results.length,
    found: `${found.length}/${coded.length} (${percent(found.length, coded.length)})`,
    within: `${within.length}/${compared.length} (${percent(within.length, compared.length)})`,
    over: `${over.length}/${compared.length} (${percent(over.length, compared.length)})`,
    uncoded,
    above: `${above.length}${above.length ? ` (${above.map((r) => r.id).join(', ')})` : ''}`,
    intoCoPro: `${intoCoPro.length} of ${consultations.length}`,
    classes: `${results.filter((r) => r.draftClass === r.handClass).length}/${results.length}`,
    prompts: `${meanPrompts.toFixed(1)} (max ${Math.max(...prompts)})`,
    goals: {
      found: coded.length > 0 && found.length / coded.length >= 0.8,
      within: compared.length > 0 && within.length / compared.length >= 0.85,
      over: compared.length === 0 || over.length / compared.length <= 0.05,
      above: above.length === 0,
      intoCoPro: intoCoPro.length === 0,
      prompts: Math.max(...prompts) <= 25,
    },
  };
}

function filesIn(part) {
  const folder = join(CORPUS, part);
  return readdirSync(folder)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(folder, f));
}

/** Every folder of the corpus but `coded/`, tuning first, then by name. */
function allParts() {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'coded' && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'tuning' ? -1 : b === 'tuning' ? 1 : a.localeCompare(b)));
}

/** The parts asked for: `--tuning`, and each `--part <name>`; every part when neither is given. */
function chosenParts() {
  const known = allParts();
  const named = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--part') continue;
    const name = argv[i + 1];
    if (name === undefined || name.startsWith('--')) fail('--part needs the name of a folder of test/draft-corpus.');
    if (!known.includes(name))
      fail(`There is no part "${name}" in test/draft-corpus; the parts are: ${known.join(', ')}.`);
    named.push(name);
    i++;
  }
  if (args.has('--tuning')) named.unshift('tuning');
  return named.length > 0 ? [...new Set(named)] : known;
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const parts = chosenParts();
const results = [];
for (const part of parts) for (const file of filesIn(part)) results.push(await measure(part, file));

console.log(`copro draft against a person's coding from each text alone (${new Date().toISOString().slice(0, 10)})\n`);
// Text by text for the tuning part only: the held-out texts' readings stay unseen, so that no one
// tunes the cues against them by accident.
for (const r of results.filter((r) => r.part === 'tuning')) {
  // "—": the draft quotes no sentence at that stage (as against "unknown": quoted, level left to a person).
  const stages = r.stages.map((s) => `${s.id} ${s.want}→${s.quoted ? s.got : '—'}`).join(', ');
  console.log(
    `${r.part.padEnd(9)} ${r.id.padEnd(38)} ${r.handClass} ${r.handClass === r.draftClass ? '=' : '≠'} ${r.draftClass}; ${r.prompts} prompts; ${stages}`,
  );
}
console.log('');
const rows = parts.map((part) =>
  summarise(
    part,
    results.filter((r) => r.part === part),
  ),
);
// `--apart e-,f-`: the tuning texts whose names begin so, and the rest, in two more rows (a part
// that joined tuning in the last round, measured apart from the texts tuned on before).
const apart = argv.indexOf('--apart');
if (apart >= 0) {
  const prefixes = (argv[apart + 1] ?? '').split(',').filter(Boolean);
  if (prefixes.length === 0) fail('--apart needs the beginnings of text names, separated by commas (e-,f-).');
  const tuning = results.filter((r) => r.part === 'tuning');
  const isApart = (r) => prefixes.some((p) => r.id.startsWith(p));
  rows.push(summarise(`tuning, ${prefixes.join(' ')}`, tuning.filter(isApart)));
  rows.push(
    summarise(
      'tuning, the rest',
      tuning.filter((r) => !isApart(r)),
    ),
  );
}
console.log(
  '| part | texts | evidence found | levels within one step | over-estimates (≥2 steps above) | levels where the person coded none | drafted classes above the person’s | consultations drafted as co-production | class as coded | review prompts per text (mean, max) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.texts} | ${row.found} | ${row.within} | ${row.over} | ${row.uncoded} | ${row.above} | ${row.intoCoPro} | ${row.classes} | ${row.prompts} |`,
  );
}
for (const row of rows) {
  const goals = Object.entries(row.goals)
    .map(([goal, met]) => `${goal} ${met ? 'met' : 'NOT met'}`)
    .join(', ');
  console.log(`\nGoals on ${row.name}: ${goals}.`);
}

// The older sets, drafted by the same reader: the examples (name, summary and reference titles)
// and the emails written from the calibration scenarios alongside the cues.
if (args.has('--older')) {
  const older = [];
  const add = async (id, text, handFile) => {
    const read = await loadProjectFile(framework, handFile);
    if (!read.ok) return;
    const drafted = draftProject(framework, { text }, id, tagSentence).project;
    const stages = framework.stages.map((s) => {
      const want = entryOf(read.project, s.id).level;
      const got = entryOf(drafted, s.id).level;
      return rankOf(want) >= 0 && rankOf(got) >= 0 ? Math.abs(rankOf(want) - rankOf(got)) : undefined;
    });
    older.push({
      coded: framework.stages.filter((s) => rankOf(entryOf(read.project, s.id).level) >= 0).length,
      stages,
    });
  };
  for (const f of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'))) {
    const data = parse(readFileSync(join(ROOT, 'examples', f), 'utf8'));
    const refs = (data.references ?? []).map((r) => r.title).join('. ');
    await add(f, `${data.name}\n\n${data.summary ?? ''}\n\n${refs}`, join(ROOT, 'examples', f));
  }
  for (const f of readdirSync(join(ROOT, 'test', 'draft-bench')).filter((f) => f.endsWith('.txt'))) {
    const hand = join(ROOT, 'test', 'calibration', `${basename(f, '.txt')}.yaml`);
    await add(f, readFileSync(join(ROOT, 'test', 'draft-bench', f), 'utf8'), hand);
  }
  const coded = older.reduce((n, o) => n + o.coded, 0);
  const both = older.flatMap((o) => o.stages.filter((d) => d !== undefined));
  console.log(
    `\nOlder sets (examples and test/draft-bench emails, ${older.length} texts): levels suggested on ${both.length} of ${coded} coded stages, ${percent(both.filter((d) => d <= 1).length, both.length)} within one step.`,
  );
}
