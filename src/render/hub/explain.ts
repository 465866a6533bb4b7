// The hub's plain-English pages, in the framework's own words: a page per class (its description,
// what it takes, and the projects that reach it) and per term (its definition, where the
// evidence supports it, and who calls themselves by it), and words.html, which lists them all.
// "How co-productive approaches can be used", by example.
import { isNumberShown } from '../scorecard-parts.js';
import { IN_PROGRESS } from './hub-data.js';
import type { ClassDef, Criterion, LoadedFramework, Requirement, Term } from '../../core/model/types.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import type { HubRow } from './model.js';
import { hubPage, linkTo, QUESTIONS_PAGE, type HubSite } from './page.js';
import type { HubWords, Word } from './words.js';

function paragraphs(text: string | undefined): string {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
}

/** A class's requirements in words; a requirement made of others says whether one or all must hold. */
function requirementList(requirements: readonly Requirement[]): string {
  const items = requirements.map((r) => {
    if (r.anyOf) return `<li>${esc(r.text)}, that is, one of these:${requirementList(r.anyOf)}</li>`;
    if (r.allOf) return `<li>${esc(r.text)}, that is, all of these:${requirementList(r.allOf)}</li>`;
    return `<li>${esc(r.text)}</li>`;
  });
  return `<ul class="project-list">${items.join('')}</ul>`;
}

/**
 * Projects as a list of links by name (then place), never by score: a class or term page is not a
 * league table. Each with its class and provisional mark.
 */
function projectList(rows: readonly HubRow[], words: HubWords, from: string, empty: string): string {
  if (rows.length === 0) return `<p>${esc(empty)}</p>`;
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.place.localeCompare(b.place, 'en'));
  const items = sorted.map((r) => {
    const klass = words.classOf(r.classId);
    const about = [r.organisation, r.place, r.year].filter(Boolean).join(' · ');
    return `<li><a href="${esc(linkTo(from, r.page))}">${esc(r.name)}</a> <span class="badge rank-${klass?.rank ?? 2}">${esc(klass?.short ?? r.classId)}</span>${r.provisional ? ' <span class="provisional-mark">provisional</span>' : ''}${r.inProgress ? ` <span class="in-progress">${IN_PROGRESS}</span>` : ''} <span class="meta">practice score${isNumberShown(r.scoreText) ? '' : ':'} ${esc(r.scoreText)}</span>${about ? `<span class="meta about">${esc(about)}</span>` : ''}</li>`;
  });
  return `<ul class="project-list">${items.join('')}</ul>`;
}

/** The classes are checked in order, so a class's rules apply to projects that missed those above it. */
function whatItTakes(words: HubWords, definition: ClassDef, word: Word): string {
  const above = words.classes.slice(0, words.classes.indexOf(word)).map((c) => c.short);
  const missed = above.length ? ` that is not ${above.map((l) => `“${esc(l)}”`).join(' or ')}` : '';
  if (definition.requires.length === 0) return `<p>copro gives this verdict to every project${missed}.</p>`;
  return `<p>copro gives this verdict to a project${missed} when all of these hold:</p>${requirementList(definition.requires)}`;
}

const count = (n: number) => `${n} ${n === 1 ? 'project' : 'projects'}`;

function classPage(
  site: HubSite,
  words: HubWords,
  definition: ClassDef,
  word: Word,
  rows: readonly HubRow[],
): [string, string] {
  const reaching = rows.filter((r) => r.classId === definition.id);
  const provisional = reaching.filter((r) => r.provisional).length;
  const main = [
    `<section class="explain" aria-labelledby="meaning-title"><h2 id="meaning-title">What it means</h2>${paragraphs(definition.description)}</section>`,
    `<section class="explain" aria-labelledby="takes-title"><h2 id="takes-title">What it takes</h2>${whatItTakes(words, definition, word)}</section>`,
    `<section aria-labelledby="projects-title"><h2 id="projects-title">Projects that reach it (${reaching.length})</h2>`,
    provisional
      ? `<p class="meta">${count(provisional)} provisional: too little described, partners not named, a stage still to come, or power-sharing not yet shown. Each project's page says why.</p>`
      : '',
    projectList(reaching, words, word.page, 'No project in this hub reaches it yet.'),
    '</section>',
  ].join('');
  const heading = `<h1>${esc(word.label)}</h1><p>One of the verdicts copro gives: ${count(reaching.length)} here.</p>`;
  return [word.page, hubPage(site, { path: word.page, title: word.label }, heading, main)];
}

function sourceNames(framework: LoadedFramework, ids: readonly string[] | undefined): string[] {
  const items = new Map(
    framework.sources.flatMap((s) => s.items.map((i) => [i.id, `${i.name} (${s.title})`] as const)),
  );
  const models = new Map(framework.models.map((m) => [m.id, m.title]));
  return (ids ?? []).map((id) => items.get(id) ?? models.get(id) ?? id);
}

function termPage(
  site: HubSite,
  framework: LoadedFramework,
  words: HubWords,
  term: Term,
  word: Word,
  rows: readonly HubRow[],
): [string, string] {
  const supported = rows.filter((r) => r.supported === term.id);
  const claiming = rows.filter((r) => r.claimed === term.id);
  const notBorneOut = claiming.filter((r) => r.supported !== term.id);
  const basis = [...sourceNames(framework, term.sources), ...sourceNames(framework, term.models)];
  const main = [
    `<section class="explain" aria-labelledby="meaning-title"><h2 id="meaning-title">What it means</h2>${paragraphs(term.definition)}${paragraphs(term.note)}`,
    basis.length ? `<p class="meta">Drawn from: ${esc(basis.join('; '))}.</p>` : '',
    '</section>',
    `<section aria-labelledby="supported-title"><h2 id="supported-title">Where the evidence supports it (${supported.length})</h2>`,
    projectList(supported, words, word.page, 'No project in this hub shows it yet.'),
    '</section>',
    `<section aria-labelledby="claimed-title"><h2 id="claimed-title">Projects that call themselves this (${claiming.length})</h2>`,
    claiming.length && notBorneOut.length
      ? `<p class="meta">For ${count(notBorneOut.length)} of them the evidence supports another word: see each scorecard.</p>`
      : '',
    projectList(claiming, words, word.page, 'No project in this hub uses this word for itself.'),
    '</section>',
  ].join('');
  const heading = `<h1>${esc(word.label)}</h1><p>A word projects use for themselves, and what copro checks it against.</p>`;
  return [word.page, hubPage(site, { path: word.page, title: word.label }, heading, main)];
}

function wordsPage(
  site: HubSite,
  framework: LoadedFramework,
  words: HubWords,
  rows: readonly HubRow[],
): [string, string] {
  const path = 'words.html';
  const item = (word: Word, text: string | undefined, n: number) =>
    `<li><a href="${esc(linkTo(path, word.page))}">${esc(word.label)}</a> <span class="meta">(${count(n)})</span><p>${esc(firstSentence(text))}</p></li>`;
  const classes = framework.classes.map((c, i) =>
    item(words.classes[i]!, c.description, rows.filter((r) => r.classId === c.id).length),
  );
  const terms = framework.terms.map((t, i) =>
    item(words.terms[i]!, t.definition, rows.filter((r) => r.supported === t.id).length),
  );
  const main = [
    `<section aria-labelledby="classes-title"><h2 id="classes-title">The verdicts</h2><p class="explain">Every project gets one of these, with its reasons.</p><ul class="word-list">${classes.join('')}</ul></section>`,
    `<section aria-labelledby="terms-title"><h2 id="terms-title">The words projects use</h2><p class="explain">What each word means, and the projects whose evidence supports it.</p><ul class="word-list">${terms.join('')}</ul></section>`,
    `<section aria-labelledby="questions-title"><h2 id="questions-title">The questions behind every score</h2><p class="explain"><a href="${esc(linkTo(path, QUESTIONS_PAGE))}">The questions</a>: every question a project is scored on, and what counts as “yes”.</p></section>`,
  ].join('');
  return [
    path,
    hubPage(site, { path, title: 'What the words mean', current: 'words' }, '<h1>What the words mean</h1>', main),
  ];
}

/** One criterion's questions, and what counts as "yes" and "partly" for each where the framework says. */
function criterionQuestions(criterion: Criterion): string {
  const items = criterion.indicators.map((i) => {
    const counts = [i.yes && `“yes” means: ${i.yes}`, i.partly && `“partly” means: ${i.partly}`].filter(Boolean);
    return `<li>${esc(i.question)}${counts.length ? `<span class="meta about">${esc(counts.join(' '))}</span>` : ''}</li>`;
  });
  const id = `criterion-${criterion.id}`;
  return `<section class="explain" id="${esc(id)}" aria-labelledby="${esc(id)}-title"><h2 id="${esc(id)}-title">${esc(criterion.title)}</h2>${paragraphs(criterion.summary)}<ul class="project-list">${items.join('')}</ul></section>`;
}

/**
 * questions.html: every question of the framework, by criterion, once for the whole site. Each
 * project's page lists only the questions its description answers and links here for the rest.
 */
function questionsPage(site: HubSite, framework: LoadedFramework): [string, string] {
  const path = QUESTIONS_PAGE;
  const heading = `<h1>The questions</h1><p>Every project is scored on these questions, grouped by what they look for. A project's page shows the ones its description answers, with its evidence; the ones it leaves open are counted there and listed here.</p>`;
  const main = framework.criteria.map(criterionQuestions).join('');
  return [path, hubPage(site, { path, title: 'The questions' }, heading, main)];
}

function firstSentence(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end < 0 ? flat : flat.slice(0, end + 1);
}

/** words.html, the questions page, and a page per class and per term: [path, html]. */
export function explainPages(
  site: HubSite,
  framework: LoadedFramework,
  words: HubWords,
  rows: readonly HubRow[],
): [string, string][] {
  return [
    wordsPage(site, framework, words, rows),
    questionsPage(site, framework),
    ...framework.classes.map((c, i) => classPage(site, words, c, words.classes[i]!, rows)),
    ...framework.terms.map((t, i) => termPage(site, framework, words, t, words.terms[i]!, rows)),
  ];
}
