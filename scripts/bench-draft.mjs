// @ts-check
// `npm run bench` (after the speed figures), or `node scripts/bench-draft.mjs` alone: how well
// `copro draft` reads prose, against hand-coded project files. Run after `npm run build`.
//
// Two sets of prose, each with its hand-coded file:
//   - the examples: each example's name, summary and reference titles, against the example itself;
//   - 20 emails written from the calibration scenarios (test/draft-bench/*.txt, in the style of an
//     email to the network), against the scenario file in test/calibration/.
// Five of the emails were kept out of any tuning of the cues (HELD_OUT) and are reported apart.
// For each description it drafts a project file, scores both files with copro's own core, and
// reports: stage levels (how many of the hand-coded ones the draft suggests, and of those, how
// many agree exactly and within one step), class agreement, and how many consultations were
// drafted into co-production. Goals: class agreement ≥ 70 %, stage levels within one step ≥ 80 %,
// no consultation drafted as co-production.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const { loadFramework } = await dist('io/load-framework.js');
const { loadProjectFile } = await dist('io/load-project.js');
const { draftProject } = await dist('core/draft.js');
const { assessProject } = await dist('core/assess.js');
const { levelRank } = await dist('core/levels.js');
const { termNamedBy } = await dist('core/terms.js');

/** Written, and never looked at while the cues were tuned. */
const HELD_OUT = new Set([
  'co-design-evaluated-together',
  'pb-with-community-delivery',
  'involve-at-three-stages-weak',
  'consulted-everywhere-good-practice',
  'volunteers-deliver-staff-design',
]);

const loaded = await loadFramework();
if (!loaded.ok) throw new Error('the bundled framework is not valid');
const framework = loaded.framework;

async function handCoded(file) {
  const read = await loadProjectFile(framework, file);
  if (!read.ok) throw new Error(`${file}: ${read.errors[0].message}`);
  return read.project;
}

function exampleCases() {
  const folder = join(ROOT, 'examples');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(folder, f), 'utf8'));
      const references = (data.references ?? []).map((r) => r.title).join('. ');
      return {
        id: basename(f, '.yaml'),
        set: 'examples',
        text: `${data.name}\n\n${data.summary ?? ''}\n\n${references}`,
        hand: join(folder, f),
      };
    });
}

function emailCases() {
  const folder = join(ROOT, 'test', 'draft-bench');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = basename(f, '.txt');
      return {
        id,
        set: HELD_OUT.has(id) ? 'emails, held out' : 'emails, tuning',
        text: readFileSync(join(folder, f), 'utf8'),
        hand: join(ROOT, 'test', 'calibration', `${id}.yaml`),
      };
    });
}

async function measure(c) {
  const hand = await handCoded(c.hand);
  const drafted = draftProject(framework, { text: c.text }, c.id).project;
  const handClass = assessProject(framework, hand).classification;
  const draftClass = assessProject(framework, drafted).classification;
  const stages = framework.stages.map((s) => {
    const want = hand.stages[s.id]?.level ?? 'unknown';
    const got = drafted.stages[s.id]?.level ?? 'unknown';
    const coded = levelRank(framework, want) >= 0;
    const suggested = levelRank(framework, got) >= 0;
    const distance = coded && suggested ? Math.abs(levelRank(framework, want) - levelRank(framework, got)) : undefined;
    return { id: s.id, want, got, coded, suggested, distance };
  });
  return {
    ...c,
    handClass: handClass.id,
    draftClass: draftClass.id,
    stages,
    answers: Object.keys(drafted.answers).length,
    // The term each file's describedAs names (the hand-coded file says how the work named itself).
    handTerm: termNamedBy(framework, hand.describedAs)?.id ?? 'none',
    draftTerm: termNamedBy(framework, drafted.describedAs)?.id ?? 'none',
  };
}

const percent = (n, d) => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);

function summarise(name, results) {
  const coded = results.flatMap((r) => r.stages.filter((s) => s.coded));
  const both = coded.filter((s) => s.suggested);
  const wrongWay = results.flatMap((r) => r.stages.filter((s) => !s.coded && s.suggested));
  const exact = both.filter((s) => s.distance === 0).length;
  const withinOne = both.filter((s) => s.distance <= 1).length;
  const classes = results.filter((r) => r.handClass === r.draftClass).length;
  const intoCoPro = results.filter((r) => r.handClass === 'consultation' && r.draftClass === 'co-production').length;
  const consultations = results.filter((r) => r.handClass === 'consultation').length;
  return {
    name,
    descriptions: results.length,
    coverage: `${both.length}/${coded.length} (${percent(both.length, coded.length)})`,
    exact: `${exact}/${both.length} (${percent(exact, both.length)})`,
    withinOne: `${withinOne}/${both.length} (${percent(withinOne, both.length)})`,
    unlisted: wrongWay.length,
    classAgreement: `${classes}/${results.length} (${percent(classes, results.length)})`,
    intoCoPro: `${intoCoPro} of ${consultations}`,
    goals: {
      classes: classes / results.length >= 0.7,
      withinOne: both.length > 0 && withinOne / both.length >= 0.8,
      noCoPro: intoCoPro === 0,
    },
  };
}

const results = [];
for (const c of [...exampleCases(), ...emailCases()]) results.push(await measure(c));

console.log('copro draft against hand-coded files\n');
for (const r of results) {
  const stages = r.stages.map((s) => `${s.id} ${s.want}→${s.got}`).join(', ');
  const mark = r.handClass === r.draftClass ? '=' : '≠';
  console.log(
    `${r.set.padEnd(17)} ${r.id.padEnd(40)} ${r.handClass} ${mark} ${r.draftClass}; ${r.answers} answers; ${stages}; describedAs ${r.handTerm}→${r.draftTerm}`,
  );
}
console.log('');
const sets = ['examples', 'emails, tuning', 'emails, held out'];
const rows = [
  ...sets.map((set) =>
    summarise(
      set,
      results.filter((r) => r.set === set),
    ),
  ),
  summarise(
    'all tuned (examples + tuning emails)',
    results.filter((r) => r.set !== 'emails, held out'),
  ),
  summarise('all', results),
];
console.log(
  '| set | descriptions | stages suggested of hand-coded | exact | within one step | class agreement | consultations drafted as co-production | stages suggested that the file leaves unknown |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.descriptions} | ${row.coverage} | ${row.exact} | ${row.withinOne} | ${row.classAgreement} | ${row.intoCoPro} | ${row.unlisted} |`,
  );
}
const all = rows[rows.length - 1];
if (!all) throw new Error('bench-draft: no descriptions were read');
const named = results.filter((r) => r.handTerm !== 'none');
const asCoded = results.filter((r) => r.handTerm === r.draftTerm).length;
const otherTerm = named.filter((r) => r.draftTerm !== 'none' && r.draftTerm !== r.handTerm).length;
const leftOut = named.filter((r) => r.draftTerm === 'none').length;
const madeUp = results.filter((r) => r.handTerm === 'none' && r.draftTerm !== 'none').length;
console.log(
  `\ndescribedAs (the term the work calls itself) over all descriptions: ${asCoded}/${results.length} as the hand-coded file; ` +
    `of the ${named.length} that name themselves, ${otherTerm} drafted as another term and ${leftOut} left out; ` +
    `${madeUp} of the ${results.length - named.length} that do not were given a term.`,
);
console.log(
  `\nGoals over all descriptions: class agreement ≥ 70 %: ${all.goals.classes ? 'met' : 'NOT met'}; stage levels within one step ≥ 80 %: ${all.goals.withinOne ? 'met' : 'NOT met'}; no consultation drafted as co-production: ${all.goals.noCoPro ? 'met' : 'NOT met'}.`,
);
