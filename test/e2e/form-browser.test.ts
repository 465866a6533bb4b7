// The self-assessment page (copro form) in a real browser: a person answers the questions, the
// scorecard builds up as copro's own core computes it, the downloaded project file scores the
// same with `copro assess`, answers survive closing the tab, an existing project file can be
// loaded to carry on, "share this example" drafts an email, nothing is requested from anywhere,
// axe-core finds no violation, and the page fits a phone. Screenshots go to test/.tmp (or to
// $COPRO_SCREENSHOT_DIR).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../browser.js';
import { parse } from 'yaml';
import type { LoadedFramework } from '../../src/core/model/types.js';
import { defaultFramework, EXAMPLES, ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';

const SHOTS = process.env.COPRO_SCREENSHOT_DIR ?? join(ROOT, 'test', '.tmp');
const SUBMIT_TO = 'examples@network.example';

const dir = tempDir();
const formFile = join(dir.path, 'form.html');
let browser: Browser;
let framework: LoadedFramework;
const offPage: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  framework = await defaultFramework();
  const run = runCli(['form', '-o', formFile, '--submit-to', SUBMIT_TO]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(`self-assessment page written to ${formFile}\n`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  dir.remove();
});

async function open(context?: BrowserContext, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const ctx =
    context ??
    (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options }));
  const page = await ctx.newPage();
  page.on('request', (request) => {
    if (request.url() !== pathToFileURL(formFile).href && !request.url().startsWith('blob:'))
      offPage.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(pathToFileURL(formFile).href);
  return page;
}

const scoreOrNull = (text: string | null) => (text === 'not enough described to score' ? null : Number(text));

const live = async (page: Page) => ({
  class: await page.getAttribute('#live-class', 'data-class'),
  provisional: !(await page.locator('#live-provisional').isHidden()),
  // The score as the page shows it: the number, or null where too little is described to show it.
  score: scoreOrNull(await page.textContent('#live-score')),
  completeness: Number((await page.textContent('#live-completeness'))!.replace('%', '')),
});

function assess(file: string) {
  const run = runCli(['assess', file, '--format', 'json']);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const result = JSON.parse(run.stdout).results[0];
  return {
    class: result.classification.id,
    provisional: result.classification.provisional,
    score: result.scoreShown === false ? null : result.score,
    completeness: result.completeness,
    name: result.project.name,
  };
}

const radio = (page: Page, id: string) => page.check(`[id="${id}"]`);

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const path = join(dir.path, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Moves on to the last screen, the scorecard. */
async function toTheEnd(page: Page): Promise<void> {
  while ((await page.textContent('#screen-title')) !== 'Your scorecard') await page.click('#next');
}

/** Answers the whole form: stages with levels and evidence, some questions yes, partly, no or don't know. */
async function answerEverything(page: Page): Promise<void> {
  await page.fill('#field-name', 'Riverside Food Hub');
  await page.fill('#field-organisation', 'Riverside Community Trust');
  await page.fill('#field-year', '2024');
  await page.check('[id="partner--people-with-lived-experience"]');
  await page.check('[id="partner--staff"]');
  await page.click('#next');
  const levels: Record<string, [string, string?]> = {
    define: ['collaborate', 'Residents and staff agreed the problem together at two open meetings'],
    design: ['collaborate', 'A residents’ group drew up the plan with the trust'],
    decide: ['consult'],
    deliver: ['delegate', 'Volunteers run the hub day to day'],
    evaluate: ['unknown'],
  };
  for (const stage of framework.stages) {
    const [level, evidence] = levels[stage.id] ?? ['unknown'];
    await radio(page, `stage-${stage.id}--${level}`);
    if (evidence) await page.fill(`#stage-${stage.id}-evidence`, evidence);
    await page.click('#next');
  }
  const cycle = ['yes', 'partly', 'no', 'unknown'];
  let n = 0;
  for (const criterion of framework.criteria) {
    for (const indicator of criterion.indicators) {
      const answer = cycle[n++ % cycle.length]!;
      await radio(page, `answer-${indicator.id}--${answer}`);
      if (answer === 'yes' && n % 3 === 0)
        await page.fill(`[id="answer-${indicator.id}-evidence"]`, 'Minutes of the steering group');
    }
    // The picture in the README and the guide: questions on one side, the scorecard building up on the other.
    if (criterion === framework.criteria[0]) {
      mkdirSync(SHOTS, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, 'form.png') });
    }
    await page.click('#next');
  }
}

describe('the self-assessment page', () => {
  it('asks every question, scores as it goes, and downloads a file that copro assess scores the same', async () => {
    const page = await open();
    await expect(page.locator('#needs-script').isHidden()).resolves.toBe(true);
    expect(await page.textContent('#progress-text')).toBe(
      `Step 1 of ${framework.stages.length + framework.criteria.length + 2}`,
    );
    await answerEverything(page);
    expect(await page.textContent('#screen-title')).toBe('Your scorecard');
    const shown = await live(page);
    expect(shown.class).not.toBeNull();
    const file = await download(page);
    expect(file).toMatch(/riverside-food-hub\.yaml$/);
    const scored = assess(file);
    expect(scored).toEqual({ ...shown, name: 'Riverside Food Hub' });
    // Every choice made it into the file: a level and its evidence, given one after the other.
    const written = parse(readFileSync(file, 'utf8'));
    expect(written.stages.define).toEqual({
      level: 'collaborate',
      evidence: 'Residents and staff agreed the problem together at two open meetings',
    });
    expect(written.stages.decide).toBe('consult');
    expect(written.stages.deliver).toEqual({ level: 'delegate', evidence: 'Volunteers run the hub day to day' });
    expect(written.partners).toEqual(['people-with-lived-experience', 'staff']);
    expect(
      Object.values(written.answers).filter((a) => a === 'yes' || (a as { answer?: string }).answer === 'yes').length,
    ).toBeGreaterThan(5);
    // Power shared with evidence in planning and in carrying it through: more than consultation.
    expect(shown.class).not.toBe('consultation');
    // The page shows the full scorecard as the HTML report does, with the same verdict.
    expect(await page.locator('.full-scorecard article.scorecard h3').first().textContent()).toBe('Riverside Food Hub');
    await page.context().close();
  });

  it('goes back and forth, keeps answers after the tab is closed, and starts again on request', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await page.fill('#field-name', 'Kept project');
    await page.click('#next');
    await radio(page, `stage-${framework.stages[0]!.id}--involve`);
    await page.click('#next');
    await page.click('#back');
    expect(await page.isChecked(`[id="stage-${framework.stages[0]!.id}--involve"]`)).toBe(true);
    await page.close();
    const again = await open(context);
    expect(await again.textContent('#screen-title')).toBe(`Who held power: ${framework.stages[0]!.label}`);
    expect(await again.isChecked(`[id="stage-${framework.stages[0]!.id}--involve"]`)).toBe(true);
    again.once('dialog', (dialog) => void dialog.accept());
    await again.click('#start-again');
    expect(await again.inputValue('#field-name')).toBe('');
    await context.close();
  });

  it('needs a name before moving on, and says so', async () => {
    const page = await open();
    await page.click('#next');
    expect(await page.textContent('#problems')).toBe('Please give the project a name first.');
    expect(await page.textContent('#progress-text')).toMatch(/^Step 1 of/);
    await page.context().close();
  });

  it("counts don't know as not described, never as no", async () => {
    const page = await open();
    await page.fill('#field-name', 'Unknowns');
    const before = await live(page);
    await page.click('#next');
    await radio(page, `stage-${framework.stages[0]!.id}--unknown`);
    expect(await live(page)).toEqual(before);
    await radio(page, `stage-${framework.stages[0]!.id}--none`);
    expect((await live(page)).completeness).toBeGreaterThan(before.completeness);
    await page.context().close();
  });

  it('says next steps in words the page can honour: the stage questions, never a command to run', async () => {
    const page = await open();
    await page.fill('#field-name', 'Nothing described yet');
    const first = await page.locator('#live-next li').first().textContent();
    expect(first).toMatch(
      /^Describe the stages: for define, design, decide, deliver and evaluate, say who held power \(.*\) and what happened, with evidence\. The “Who held power” questions on this page give a test for each level\.$/,
    );
    expect(await page.locator('#live-next').textContent()).not.toMatch(/copro criteria|`/);
    await page.context().close();
  });

  it("asks another network's questions with --framework: its stages, levels, questions and classes, none of the bundled ones", async () => {
    const custom = join(ROOT, 'test', 'corpus', 'frameworks', 'harbour-network.yaml');
    const customForm = join(dir.path, 'harbour-form.html');
    const run = runCli(['form', '-f', custom, '-o', customForm]);
    expect(run.code, run.stderr).toBe(0);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(customForm).href);
    const seen: string[] = [];
    const look = async () => void seen.push(await page.locator('body').innerText());
    await page.fill('#field-name', 'Quayside Repairs');
    await look();
    for (const stage of ['chart', 'sail']) {
      await page.click('#next');
      await look();
      await radio(page, `stage-${stage}--together`);
      await page.fill(`#stage-${stage}-evidence`, 'Fishers and staff worked side by side');
    }
    expect(await page.textContent('#live-class')).toBe('Full crew aboard');
    await page.click('#next');
    await look();
    const text = seen.join('\n');
    for (const words of [
      'Who held power: Charting the course',
      'Who held power: Sailing',
      'All hands on deck',
      'Fishers and harbour staff sailed the boat together.',
      'Safe moorings for everyone',
      'Could anyone from the harbour join the quayside meetings?',
      'crewing together',
      'Harbour Network checklist',
    ])
      expect(text).toContain(words);
    const bundled = [
      framework.name,
      ...framework.stages.map((s) => `Who held power: ${s.label}`),
      ...framework.levels.map((l) => l.label),
      ...framework.criteria.map((c) => c.title),
      ...framework.criteria.flatMap((c) => c.indicators.map((i) => i.question)),
      ...framework.classes.map((c) => c.label),
    ].filter((words) => text.includes(words));
    expect(bundled).toEqual([]);
    await context.close();
  });

  it('loads an existing project file to carry on, and downloads it scoring the same as the original', async () => {
    const original = join(EXAMPLES, 'leith-decides.yaml');
    const page = await open();
    await page.setInputFiles('#load-file', original);
    await expect(page.locator('#problems .loaded').textContent()).resolves.toMatch(/^Loaded leith-decides\.yaml/);
    const expected = assess(original);
    const { name, ...verdict } = expected;
    expect(await live(page)).toEqual(verdict);
    // It opens where the file leaves off: every stage is given, so at the first questions still unknown.
    const loaded = parse(readFileSync(original, 'utf8'));
    const firstOpen = framework.criteria.findIndex((c) =>
      c.indicators.some((i) => [undefined, 'unknown'].includes(loaded.answers[i.id]?.answer ?? loaded.answers[i.id])),
    );
    expect(await page.textContent('#screen-title')).toBe(framework.criteria[firstOpen]!.title);
    await page.click('#back');
    for (let i = 0; i < firstOpen + framework.stages.length; i++) await page.click('#back');
    expect(await page.inputValue('#field-name')).toBe(name);
    await toTheEnd(page);
    expect(assess(await download(page))).toEqual(expected);
    await page.context().close();
  });

  it('says what is wrong with a file it cannot load, and keeps the answers', async () => {
    const bad = join(dir.path, 'bad.yaml');
    writeFileSync(bad, '- just\n- a list\n');
    const page = await open();
    await page.fill('#field-name', 'Mine');
    await page.setInputFiles('#load-file', bad);
    // The file is read asynchronously (FileReader): wait for the page to say something.
    await page.waitForFunction(() => (document.querySelector('#problems')?.textContent ?? '').length > 0);
    await expect(page.locator('#problems').textContent()).resolves.toMatch(
      /bad\.yaml could not be loaded:This file does not hold a project/,
    );
    expect(await page.inputValue('#field-name')).toBe('Mine');
    await page.context().close();
  });

  it('loads a file with wrong values field by field: each is named and left out, the rest kept, and the download passes copro validate', async () => {
    const hostile = join(dir.path, 'hostile.yaml');
    writeFileSync(
      hostile,
      [
        'name: 12',
        'summary: 5',
        'organisation: Harbour Trust',
        'id: ../x',
        'year: a while ago',
        'assessment: { date: yesterday, by: "' + 'x'.repeat(210) + '", perspective: staff }',
        'references: [{ title: "" }, { title: Annual report }]',
        'stages:',
        '  defne: consult',
        '  design: { level: collaborate, evidence: Tenants drew it up }',
        '',
      ].join('\n'),
    );
    expect(runCli(['validate', hostile]).code).toBe(2);
    const page = await open();
    await page.setInputFiles('#load-file', hostile);
    await page.waitForFunction(() => (document.querySelector('#problems')?.textContent ?? '').length > 0);
    const said = (await page.textContent('#problems'))!;
    expect(said).toMatch(/^Loaded hostile\.yaml/);
    expect(said).toContain('were left out, because copro validate would refuse them');
    for (const field of [
      'name:',
      'summary:',
      'id:',
      'year:',
      'assessment.date:',
      'assessment.by:',
      'references.0.title:',
      'stages.defne:',
    ])
      expect(said).toContain(field);
    // The name was not a name: the page opens at the details and asks for it.
    expect(await page.textContent('#screen-title')).toBe('About the project');
    expect(await page.inputValue('#field-name')).toBe('');
    expect(await page.inputValue('#field-organisation')).toBe('Harbour Trust');
    await page.fill('#field-name', 'Harbour repairs');
    await toTheEnd(page);
    const file = await download(page);
    expect(runCli(['validate', file]).code).toBe(0);
    const written = parse(readFileSync(file, 'utf8'));
    expect(written.stages.design).toEqual({ level: 'collaborate', evidence: 'Tenants drew it up' });
    expect(written.assessment).toEqual({ perspective: 'staff' });
    expect(written.references).toEqual([{ title: 'Annual report' }]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('refuses a name of invisible characters and a year copro validate refuses, as it does, field by field', async () => {
    const page = await open();
    await page.fill('#field-name', '\u200b\u200b');
    expect(await page.textContent('#field-name-problem')).toMatch(/no visible text/);
    await page.fill('#field-name', 'Visible');
    expect(await page.textContent('#field-name-problem')).toBe('');
    await page.fill('#field-year', 'sometime soon');
    const cli = runCli(['validate', '-'], { input: 'name: x\nyear: sometime soon\n' });
    expect(cli.code).toBe(2);
    const problem = (await page.textContent('#field-year-problem'))!;
    expect(problem.length).toBeGreaterThan(0);
    expect(await page.getAttribute('#field-year', 'aria-invalid')).toBe('true');
    // The same words as copro validate, which runs the same check.
    expect(`${cli.stdout}${cli.stderr}`.replace(/\s+/g, ' ')).toContain(problem.slice(0, 40));
    await toTheEnd(page);
    const file = await download(page);
    expect(runCli(['validate', file]).code).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).year).toBeUndefined();
    await page.context().close();
  });

  it('clears saved answers that no longer fit, and says so, instead of breaking on every visit', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await page.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ raw: { name: 12, stages: { defne: 'x' } }, step: 3 }));
    }, `copro-form:${framework.id}`);
    await page.reload();
    expect(await page.textContent('#problems')).toMatch(/no longer fit this page .* so they were cleared/);
    expect(await page.textContent('#screen-title')).toBe('About the project');
    expect(await page.inputValue('#field-name')).toBe('');
    await page.fill('#field-name', 'Fresh start');
    await page.reload();
    expect(await page.inputValue('#field-name')).toBe('Fresh start');
    expect(await page.textContent('#problems')).toBe('');
    await context.close();
  });

  it('drafts a short email to the --submit-to address, asking to attach the downloaded file', async () => {
    const page = await open();
    await page.fill('#field-name', 'Shared project');
    await toTheEnd(page);
    const href = (await page.getAttribute('#share', 'href'))!;
    expect(href.startsWith(`mailto:${encodeURIComponent(SUBMIT_TO)}?subject=`)).toBe(true);
    // A short summary that any email program takes, asking for the downloaded file to be attached.
    expect(href.length).toBeLessThan(2000);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toContain('Project: Shared project');
    expect(body).toMatch(/Verdict so far: /);
    expect(body).toContain('shared-project.yaml');
    expect(body).not.toContain('answers:');
    expect(await page.textContent('#form-screen')).toContain('attach shared-project.yaml to the message');
    await page.context().close();
  });

  it('passes axe-core with no violations on each kind of screen', async () => {
    const page = await open();
    await page.fill('#field-name', 'Accessible project');
    const screens = [0, 1, framework.stages.length + 1, framework.stages.length + framework.criteria.length + 1];
    let at = 0;
    for (const target of screens) {
      while (at < target) {
        await page.click('#next');
        at++;
      }
      const violations = await axeViolations(page);
      expect(violations, `screen ${target + 1}`).toEqual([]);
    }
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scrolling, the verdict bar in view while answering', async () => {
    const page = await open(undefined, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.fill('#field-name', 'Phone project');
    await page.click('#next');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await radio(page, `stage-${framework.stages[0]!.id}--collaborate`);
    await page.fill(`#stage-${framework.stages[0]!.id}-evidence`, 'Residents and staff agreed the aims together');
    // At the top of the questions, the bar is within the screen, saying what the full scorecard (far below) says.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(844 * 2);
    const box = (await page.locator('#verdict-bar').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(await page.textContent('#bar-class')).toBe(await page.textContent('#live-class'));
    expect(await page.textContent('#bar-described')).toMatch(/described \d+(\.\d+)?%/);
    expect(await axeViolations(page), 'the phone screen with its verdict bar').toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'form-phone.png') });
    await page.context().close();
  });

  it("takes partners in people's own words, asking the side only of one the framework's words cannot place", async () => {
    const page = await open();
    await page.fill('#field-name', 'Partners in our words');
    await page.check('[id="partner--staff"]');
    await page.fill('#field-partners', 'parents, Sustrans Scotland');
    await page.locator('#field-partners').blur();
    const sides = page.locator('.partner-sides fieldset');
    expect(await sides.count()).toBe(1);
    expect(await sides.locator('legend').textContent()).toBe('Which side is "Sustrans Scotland" on?');
    await page.check('[id="partner-side-1--service"]');
    expect(await axeViolations(page), 'the details with a side question').toEqual([]);
    await toTheEnd(page);
    const file = await download(page);
    expect(parse(readFileSync(file, 'utf8')).partners).toEqual([
      'staff',
      'parents',
      { name: 'Sustrans Scotland', side: 'service' },
    ]);
    expect(runCli(['validate', file]).code).toBe(0);
    await page.context().close();
  });

  it('walks a draft of the new shape: a level left to the person, and a stage planned but not started', async () => {
    const drafted = join(dir.path, 'respite-draft.yaml');
    const quote = '“Right from the first meeting we worked out together what the actual problem was.”';
    writeFileSync(
      drafted,
      [
        'name: Respite booking hub',
        'partners: [{ name: parents, side: community }, { name: council staff, side: service }]',
        'stages:',
        `  define: { level: unknown, evidence: "${quote}", suggested: true }`,
        '  deliver: { level: not-yet, plan: collaborate, evidence: "From spring parents will co-run it.", suggested: true }',
        '',
      ].join('\n'),
    );
    expect(runCli(['validate', drafted]).code).toBe(0);
    const page = await open();
    await page.setInputFiles('#load-file', drafted);
    await page.waitForFunction(() => (document.querySelector('#problems')?.textContent ?? '').length > 0);
    // The organisation, place and year are missing: the details come first, as in copro review.
    expect(await page.textContent('#screen-title')).toBe('About the project');
    expect(await page.textContent('#problems .loaded')).toContain('Who took part was read from the text too');
    // The partners copro read, each with its side, shown for a yes as copro review asks.
    const partners = page.locator('#partners-suggestion');
    expect(await partners.locator('li').allTextContents()).toEqual([
      'parents (the community side)',
      'council staff (the service side)',
    ]);
    expect(await page.textContent('#live-suggestions')).toBe(
      '2 suggestions from copro draft, and who took part, still to check.',
    );
    expect(await axeViolations(page), 'partners read from a text, to check').toEqual([]);
    await page.click('#partners-suggestion-keep');
    expect(await partners.textContent()).toBe('Checked: who took part is your answer now, no longer a suggestion.');
    expect(await page.textContent('#live-suggestions')).toBe('2 suggestions from copro draft still to check.');
    await page.click('#next-check');
    expect(await page.textContent('#stage-define-suggestion')).toContain('could not tell the level from it');
    expect(await page.locator('#stage-define-suggestion blockquote').textContent()).toBe(quote);
    await radio(page, 'stage-define--collaborate');
    await page.click('#next-check');
    expect(await page.textContent('#screen-title')).toBe('Who held power: Deliver');
    expect(await page.isChecked('[id="stage-deliver--not-yet"]')).toBe(true);
    expect(await page.isChecked('[id="stage-deliver-plan--collaborate"]')).toBe(true);
    expect(await page.locator('#next-check').isHidden()).toBe(true);
    await page.click('#stage-deliver-suggestion-keep');
    await toTheEnd(page);
    const written = parse(readFileSync(await download(page), 'utf8'));
    expect(written.stages.define).toEqual({ level: 'collaborate', evidence: quote });
    expect(written.stages.deliver).toEqual({
      level: 'not-yet',
      plan: 'collaborate',
      evidence: 'From spring parents will co-run it.',
    });
    await page.context().close();
  });

  it('keeps partners read from a text marked until the person changes them or says they are right', async () => {
    const drafted = join(dir.path, 'partners-draft.yaml');
    writeFileSync(
      drafted,
      [
        'name: Peer cafe',
        'organisation: Recovery group',
        'location: Irvine',
        'year: 2022',
        'partners: [{ name: people in recovery, side: community }, { name: the drug and alcohol partnership, side: service }]',
        'stages:',
        '  deliver: { level: collaborate, evidence: "Two of us share the rota with the partnership worker.", suggested: true }',
        '',
      ].join('\n'),
    );
    const page = await open();
    await page.setInputFiles('#load-file', drafted);
    await page.waitForFunction(() => (document.querySelector('#problems')?.textContent ?? '').length > 0);
    // Every detail is given, yet the page opens on them: who took part is still only a reading.
    expect(await page.textContent('#screen-title')).toBe('About the project');
    expect(await page.locator('#partners-suggestion .suggestion-mark').isVisible()).toBe(true);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'form-draft-partners.png'), fullPage: true });
    await toTheEnd(page);
    expect(await page.textContent('#form-screen')).toContain(
      'Who took part was read from your text and is not checked yet',
    );
    while ((await page.textContent('#screen-title')) !== 'About the project') await page.click('#back');
    // Changing who took part answers the question: the reading is checked, without the button.
    await page.fill('#field-partners', 'people in recovery, the drug and alcohol partnership, a church');
    await page.locator('#field-partners').blur();
    expect(await page.textContent('#partners-suggestion')).toBe(
      'Checked: who took part is your answer now, no longer a suggestion.',
    );
    await toTheEnd(page);
    expect(await page.textContent('#form-screen')).not.toContain('Who took part was read from your text');
    await page.context().close();
  });

  it('asks whether the people involved agreed to publishing, as copro review does, and writes the answer', async () => {
    const page = await open();
    await page.fill('#field-name', 'Peer cafe');
    await page.fill('#field-summary', 'Jen wrote to us about the rota she shares with the partnership worker.');
    // Not asked yet is the answer until one is chosen, and the public summary waits for a yes.
    expect(await page.isChecked('[id="publish--unknown"]')).toBe(true);
    expect(await page.locator('#public-summary').isHidden()).toBe(true);
    await radio(page, 'publish--yes');
    expect(await page.locator('#public-summary').isVisible()).toBe(true);
    await page.fill('#field-public-summary', 'A peer-run recovery cafe in Irvine.');
    expect(await axeViolations(page), 'the publishing question').toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#public-summary').screenshot({ path: join(SHOTS, 'form-publish.png') });
    await page.locator('fieldset:has(#publish--yes)').screenshot({ path: join(SHOTS, 'form-publish-consent.png') });
    await toTheEnd(page);
    let written = parse(readFileSync(await download(page), 'utf8'));
    expect(written.publish).toEqual({ consent: true, summary: 'A peer-run recovery cafe in Irvine.' });
    while ((await page.textContent('#screen-title')) !== 'About the project') await page.click('#back');
    await page.fill('#field-public-summary', '');
    await radio(page, 'publish--no');
    await toTheEnd(page);
    written = parse(readFileSync(await download(page), 'utf8'));
    expect(written.publish).toEqual({ consent: false });
    while ((await page.textContent('#screen-title')) !== 'About the project') await page.click('#back');
    await radio(page, 'publish--unknown');
    await toTheEnd(page);
    expect(parse(readFileSync(await download(page), 'utf8'))).not.toHaveProperty('publish');
    await page.context().close();
  });

  it('asks for the offer when a stage has not started yet, and keeps it in the file', async () => {
    const page = await open();
    await page.fill('#field-name', 'Half way');
    await page.click('#next');
    const stage = framework.stages[0]!.id;
    expect(await page.locator(`#stage-${stage}-plan`).isHidden()).toBe(true);
    await radio(page, `stage-${stage}--not-yet`);
    expect(await page.locator(`#stage-${stage}-plan`).isVisible()).toBe(true);
    expect(await page.textContent(`#stage-${stage}-plan`)).toContain('We will carry out what you decide.');
    await radio(page, `stage-${stage}-plan--collaborate`);
    await page.fill(`#stage-${stage}-evidence`, 'From spring residents will set the priorities with staff');
    expect(await axeViolations(page), 'a stage not started yet, with its offer').toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'form-plan.png') });
    await toTheEnd(page);
    const file = await download(page);
    expect(parse(readFileSync(file, 'utf8')).stages[stage]).toEqual({
      level: 'not-yet',
      plan: 'collaborate',
      evidence: 'From spring residents will set the priorities with staff',
    });
    expect(runCli(['validate', file]).code).toBe(0);
    await page.context().close();
  });

  it('prints a summary: the scorecard so far, without the questions or buttons', async () => {
    const page = await open();
    await page.fill('#field-name', 'Printed project');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.form-main').isVisible()).resolves.toBe(false);
    await expect(page.locator('aside.live').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('says what it needs without JavaScript', async () => {
    const page = await open(undefined, { javaScriptEnabled: false });
    await expect(page.locator('#needs-script').isVisible()).resolves.toBe(true);
    await expect(page.locator('#form-app').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('shows what copro draft suggested, marked to check, until it is kept or answered; the download marks only the rest', async () => {
    const drafted = join(dir.path, 'drafted-repairs.yaml');
    // A fixed draft of docs/email-example.eml (test/corpus/drafts): the page's walk, not today's reader.
    copyFileSync(join(ROOT, 'test', 'corpus', 'drafts', 'repairs-email-draft.yaml'), drafted);
    const page = await open();
    await page.setInputFiles('#load-file', drafted);
    await page.waitForFunction(() => (document.querySelector('#problems')?.textContent ?? '').length > 0);
    expect(await page.textContent('#problems .loaded')).toContain(
      'It holds 11 suggestions from copro draft: each is marked “suggested from your text — check it” on its screen.',
    );
    // The live scorecard is provisional exactly as copro assess says, for the same reasons.
    const { name: _name, ...verdict } = assess(drafted);
    expect(verdict.provisional).toBe(true);
    expect(await live(page)).toEqual(verdict);
    const assessed = JSON.parse(runCli(['assess', drafted, '--format', 'json']).stdout).results[0];
    expect(await page.locator('#live-why li').allTextContents()).toEqual(assessed.classification.provisionalReasons);
    expect(await page.textContent('#live-suggestions')).toBe('11 suggestions from copro draft still to check.');

    // Define: the suggestion and its sentence, marked; kept with the button. "Next to check" goes
    // from one suggestion to the next, as copro review does.
    expect(await page.textContent('#screen-title')).toBe('About the project'); // no partners named yet
    await page.click('#next-check');
    const define = page.locator('#stage-define-suggestion');
    expect(await define.textContent()).toContain('Suggested from your text — check it');
    expect(await define.textContent()).toContain('copro draft suggested Consult, from:');
    expect(await define.locator('blockquote').textContent()).toBe(
      '“In 2023 Riverside Housing Association asked tenants in Dundee what was wrong with the repairs service in a survey.”',
    );
    expect(await page.isChecked('[id="stage-define--consult"]')).toBe(true);
    expect(await page.getAttribute('fieldset', 'aria-describedby')).toContain('stage-define-suggestion');
    expect(await axeViolations(page), 'a stage with a suggestion').toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'form-draft.png'), fullPage: true });
    await page.click('#stage-define-suggestion-keep');
    expect(await define.textContent()).toBe('Checked: “Consult” is your answer now, no longer a suggestion.');
    expect(await page.textContent('#live-suggestions')).toBe('10 suggestions from copro draft still to check.');
    // Design: changed by choosing another level; its quoted sentence stays as the evidence.
    await page.click('#next');
    await radio(page, 'stage-design--involve');
    expect(await page.textContent('#stage-design-suggestion')).toMatch(/^Checked: /);
    // Decide: left as it is. Deliver: only the evidence edited, which does not confirm the level.
    await page.click('#next');
    await page.click('#next');
    await page.fill('#stage-deliver-evidence', 'Staff run it; tenants give feedback');
    expect(await page.locator('#stage-deliver-suggestion .suggestion-mark').isVisible()).toBe(true);
    // The first criterion: one suggested answer changed, on a screen that passes axe with its marks.
    await page.click('#next');
    await page.click('#next');
    expect(await page.locator('.question .suggestion-mark').count()).toBeGreaterThan(0);
    expect(await axeViolations(page), 'questions with suggestions').toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'form-draft-questions.png') });
    await radio(page, 'answer-shared-power.binding-decision--partly');
    for (let i = 0; i < framework.criteria.length; i++) await page.click('#next');
    expect(await page.textContent('#screen-title')).toBe('Your scorecard');
    expect(await page.textContent('#form-screen p.suggestion')).toMatch(
      /^8 suggestions from copro draft are not checked yet/,
    );

    const file = await download(page);
    const written = parse(readFileSync(file, 'utf8'));
    const quote5 =
      '“A panel of tenants and repairs staff then designed the new service together over six workshops, and the panel and the board decided jointly which model to adopt.”';
    expect(written.stages.define).toEqual({
      level: 'consult',
      evidence:
        '“In 2023 Riverside Housing Association asked tenants in Dundee what was wrong with the repairs service in a survey.”',
    });
    expect(written.stages.design).toEqual({ level: 'involve', evidence: quote5 });
    expect(written.stages.decide).toEqual({ level: 'collaborate', evidence: quote5, suggested: true });
    expect(written.stages.deliver).toEqual({
      level: 'none',
      evidence: 'Staff run it; tenants give feedback',
      suggested: true,
    });
    expect(written.answers['shared-power.binding-decision']).toEqual({ answer: 'partly', evidence: quote5 });
    expect(written.answers['support.paid-for-time'].suggested).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('# DRAFT, TO CHECK: 3 stage levels and 5 answers below');
    const { name: _again, ...rescored } = assess(file);
    expect(rescored).toEqual(await live(page));
    await page.context().close();
  });

  it('shows a suggestion on a 390 px phone without sideways scrolling', async () => {
    const drafted = join(dir.path, 'drafted-phone.yaml');
    // A fixed draft of docs/email-example.eml (test/corpus/drafts): the page's walk, not today's reader.
    copyFileSync(join(ROOT, 'test', 'corpus', 'drafts', 'repairs-email-draft.yaml'), drafted);
    const page = await open(undefined, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.setInputFiles('#load-file', drafted);
    await page.waitForFunction(() => (document.querySelector('#problems')?.textContent ?? '').length > 0);
    await page.click('#next');
    await page.click('#next');
    expect(await page.locator('#stage-design-suggestion').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'form-draft-phone.png') });
    await page.context().close();
  });

  it('requested nothing from anywhere, and no page had an error', () => {
    expect(offPage).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('copro form on the command line', () => {
  it('will not write the page over the framework it asks the questions of', () => {
    const framework = join(dir.path, 'framework.yaml');
    copyFileSync(join(ROOT, 'criteria/framework.yaml'), framework);
    const before = readFileSync(framework, 'utf8');
    const run = runCli(['form', '-f', framework, '-o', framework]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/framework\.yaml is also an input of this run/);
    expect(readFileSync(framework, 'utf8')).toBe(before);
  });

  it('refuses a --submit-to that is not an email address', () => {
    const run = runCli(['form', '-o', join(dir.path, 'x.html'), '--submit-to', 'not an address']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'copro: --submit-to takes an email address such as examples@network.org, not "not an address"\n',
    );
    expect(existsSync(join(dir.path, 'x.html'))).toBe(false);
  });

  it('says so when the page cannot be written', () => {
    const run = runCli(['form', '-o', join(dir.path, 'no', 'such', 'folder', 'form.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^copro: the page could not be written to .*form\.html: no such file or folder\n$/);
  });

  it('the hub has the page as assess.html, linked from every page', () => {
    const site = join(dir.path, 'site');
    expect(runCli(['hub', EXAMPLES, '-o', site, '--submit-to', SUBMIT_TO]).code).toBe(0);
    const page = readFileSync(join(site, 'assess.html'), 'utf8');
    expect(page).toContain('aria-current="page">Assess your own project</a>');
    expect(page).toContain(SUBMIT_TO);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain(
      '<a href="assess.html">Assess your own project</a>',
    );
  });
});
