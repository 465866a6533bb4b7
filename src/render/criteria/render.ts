// `copro criteria` as text: the framework at a glance, or one entry explained in full.
import type { FrameworkEntry } from '../../core/framework/framework-view.js';
import { allCueLines, answerCueLines, stageCueLines, stageReaderLines } from './cues.js';
import type { Criterion, Indicator, LoadedFramework, Requirement, Source, Term } from '../../core/model/types.js';
import { oneLine, safeStrings } from '../text/safe-text.js';
import type { Style } from '../text/style.js';
import { newTable } from '../table/parts.js';
import { wrapWords } from '../text/wrap.js';

export interface CriteriaTableOptions {
  style: Style;
  width: number;
}

function itemName(f: LoadedFramework, id: string): string {
  for (const s of f.sources) {
    const item = s.items.find((i) => i.id === id);
    if (item) return `${item.name} (${s.shortTitle ?? s.title})`;
  }
  return id;
}

export function renderFrameworkTable(unsafe: LoadedFramework, { style, width }: CriteriaTableOptions): string {
  const f = safeStrings(unsafe);
  const table = newTable(['Criterion', 'Weight', 'Indicators', 'Draws on'], [30, 8, 12, Math.max(30, width - 56)]);
  for (const c of f.criteria) {
    table.push([
      `${c.title}\n${style.dim(c.id)}`,
      String(c.weight),
      String(c.indicators.length),
      c.sources.map((s) => itemName(f, s)).join('; '),
    ]);
  }
  const classes = f.classes.flatMap((c) => [
    `  ${style.bold(c.label)} (${c.id}${c.offScale ? ', off the co-production scale' : ''})${c.requires.length ? '' : ': everything else'}`,
    ...c.requires.map((r) => requirementLines(r, '    ')),
  ]);
  return [
    `${style.bold(f.name)}  ${style.dim(`${f.id} ${f.version}`)}`,
    '',
    table.toString(),
    '',
    ...indicatorList(f, style, proseFor(width)),
    '',
    ...stageMapping(f, style),
    style.bold('Classes, checked in this order'),
    ...classes,
    '',
    style.dim(
      '`copro criteria <id>` explains a criterion, indicator, source, stage, level, class, term, model or partner; `copro criteria terms` lists the terms.',
    ),
    '',
  ].join('\n');
}

/** The five stages against the Participation Handbook's six-stage delivery cycle, where the framework gives it. */
function stageMapping(f: LoadedFramework, style: Style): string[] {
  if (!f.stages.some((s) => s.handbookStages?.length)) return [];
  return [
    style.bold("Stages, and the Participation Handbook's delivery cycle (six stages onto five)"),
    ...f.stages.map(
      (s) => `  ${s.label} (${s.id}${s.phase ? `, ${s.phase}` : ''}): ${(s.handbookStages ?? []).join(', ') || '—'}`,
    ),
    '',
  ];
}

/** Every indicator id, under its criterion, with its question: the ids a project file answers. */
function indicatorList(f: LoadedFramework, style: Style, prose: Prose): string[] {
  const lines = [style.bold('Indicators: the ids to answer under "answers:" in a project file')];
  for (const c of f.criteria) {
    lines.push(`  ${c.title} ${style.dim(`(${c.id})`)}`);
    for (const i of c.indicators) lines.push(...prose(`${style.accent(i.id)}: ${i.question}`, '    ', '      '));
  }
  return lines;
}

function requirementLines(r: Requirement, indent: string): string {
  const own = `${indent}- ${r.text}`;
  const group = r.anyOf ?? r.allOf;
  if (!group) return own;
  return [
    `${own} — ${r.anyOf ? 'any of' : 'all of'}:`,
    ...group.map((child) => requirementLines(child, `${indent}  `)),
  ].join('\n');
}

function termText(f: LoadedFramework, term: Term, style: Style, prose: Prose): string[] {
  const lines = [`${style.bold(term.label)}  ${style.dim(`term ${term.id}`)}`, ...prose(term.definition, '  ')];
  if (term.matches?.length) lines.push(...prose(`Recognised in: ${term.matches.join(', ')}`, '  ').map(style.dim));
  if (term.class)
    lines.push(
      ...prose(
        `The evidence supports it when the project is classed ${f.classes.find((c) => c.id === term.class)?.label ?? term.class}.`,
        '  ',
      ),
    );
  if (term.shows) lines.push('  The evidence supports it when:', ...term.shows.map((r) => requirementLines(r, '    ')));
  if (!term.class && !term.shows) lines.push(...prose('copro cannot test this term from a project file.', '  '));
  const cites = [
    ...(term.sources ?? []).map((id) => itemName(f, id)),
    ...(term.models ?? []).map((id) => f.models.find((m) => m.id === id)?.title ?? id),
  ];
  if (cites.length) lines.push(...prose(`Drawn from: ${cites.join('; ')}`, '  ').map(style.dim));
  return lines;
}

function sourceLine(source: Source): string {
  return [source.title, source.publisher, source.year, source.url]
    .filter((v) => v !== undefined && v !== null)
    .join(', ');
}

/** Prose wrapped between words to the terminal's width, `indent` before each line. */
type Prose = (text: string, indent?: string, hang?: string) => string[];

function proseFor(width: number): Prose {
  return (text, indent = '', hang = indent) => wrapWords(oneLine(text), width, indent, hang);
}

/** The source items a criterion draws on, each with its document and where to read it. */
function drawsOn(f: LoadedFramework, c: Criterion, style: Style, prose: Prose): string[] {
  const lines: string[] = [];
  for (const id of c.sources) {
    const source = f.sources.find((s) => s.items.some((i) => i.id === id))!;
    const item = source.items.find((i) => i.id === id)!;
    lines.push(
      ...prose(
        `${item.name} (${item.id}): ${item.summary}${item.verified === false ? ' (wording unverified)' : ''}`,
        '  - ',
        '    ',
      ),
    );
    lines.push(...prose(sourceLine(source), '    ').map(style.dim));
  }
  return lines;
}

function answerGuide(i: Indicator, prose: Prose, indent: string): string[] {
  return [
    ...(i.yes ? prose(`Counts as yes: ${i.yes}`, indent, `${indent}  `) : []),
    ...(i.partly ? prose(`Counts as partly: ${i.partly}`, indent, `${indent}  `) : []),
    ...(i.stage ? prose(`A "yes" means the ${i.stage} stage was at least ${i.impliesLevel}.`, indent) : []),
  ];
}

function criterionText(f: LoadedFramework, c: Criterion, style: Style, prose: Prose): string[] {
  const lines = [
    `${style.bold(c.title)}  ${style.dim(`${c.id} · weight ${c.weight}`)}`,
    ...prose(c.summary),
    '',
    style.bold('Draws on'),
    ...drawsOn(f, c, style, prose),
  ];
  lines.push('', style.bold('Indicators'));
  for (const i of c.indicators)
    lines.push(`  ${style.accent(i.id)}`, ...prose(i.question, '    '), ...answerGuide(i, prose, '    '));
  if (c.advice) lines.push('', style.bold('To improve'), ...prose(c.advice, '  '));
  return lines;
}

function indicatorText(f: LoadedFramework, i: Indicator, c: Criterion, style: Style, prose: Prose): string[] {
  const lines = [`${style.bold(i.id)}  ${style.dim(`indicator of ${c.title} (${c.id})`)}`, ...prose(i.question), ''];
  lines.push(...answerGuide(i, prose, ''));
  lines.push('', 'Answer yes, partly, no, unknown (not described) or n/a (does not apply), with evidence:');
  lines.push(`  ${i.id}: { answer: yes, evidence: "what shows it" }`);
  lines.push('', style.bold(`Draws on (through ${c.title})`), ...drawsOn(f, c, style, prose));
  if (c.advice) lines.push('', style.bold('To improve'), ...prose(c.advice, '  '));
  return lines;
}

export function renderEntry(
  unsafeFramework: LoadedFramework,
  unsafeEntry: FrameworkEntry,
  { style, width }: CriteriaTableOptions,
): string {
  const f = safeStrings(unsafeFramework);
  const entry = safeStrings(unsafeEntry);
  const prose = proseFor(width);
  let lines: string[];
  switch (entry.kind) {
    case 'criterion':
      lines = criterionText(f, entry.criterion, style, prose);
      break;
    case 'indicator':
      lines = [
        ...indicatorText(f, entry.indicator, entry.criterion, style, prose),
        ...answerCueLines(entry.cues, style, prose),
      ];
      break;
    case 'source': {
      const s = entry.source;
      lines = [style.bold(s.title), ...prose(sourceLine(s)).map(style.dim)];
      if (s.urls?.length) lines.push(style.dim('  Also at:'), ...s.urls.map((url) => style.dim(`    ${oneLine(url)}`)));
      for (const note of s.notes ?? []) lines.push(...prose(`note: ${note}`, '  ', '        '));
      lines.push('');
      for (const item of s.items) {
        lines.push(
          ...prose(
            `${item.name}: ${item.summary}${item.verified === false ? ' (unverified)' : ''}`,
            `  ${style.accent(item.id)}  `,
            '    ',
          ),
        );
      }
      break;
    }
    case 'item': {
      const { item, source, citedBy } = entry;
      lines = [
        `${style.bold(item.name)}  ${style.dim(item.id)}`,
        ...prose(item.summary),
        ...prose(sourceLine(source)).map(style.dim),
      ];
      if (item.verified === false)
        lines.push(
          ...prose(`Unverified: ${item.note ?? 'the wording could not be checked against the published text'}`).map(
            style.warn,
          ),
        );
      lines.push('', ...prose(`Cited by: ${citedBy.map((c) => `${c.title} (${c.id})`).join(', ')}`));
      break;
    }
    case 'stage': {
      const s = entry.stage;
      lines = [
        `${style.bold(s.label)}  ${style.dim(`stage ${s.id}${s.phase ? ` · ${s.phase}` : ''}`)}`,
        ...prose(s.description ?? ''),
      ];
      if (s.handbookStages?.length)
        lines.push('', ...prose(`In the Participation Handbook's delivery cycle: ${s.handbookStages.join(', ')}.`));
      const tests = f.levels.filter((l) => s.tests?.[l.id]);
      if (tests.length) {
        lines.push('', style.bold('Which level? A test for each'));
        for (const l of tests) lines.push(...prose(`${l.id}: ${s.tests![l.id]}`, '  ', '    '));
      }
      lines.push(
        '',
        ...prose(
          `In a project file: stages: { ${s.id}: { level: collaborate, evidence: "what shows it" } }, or unknown when it is not described, n/a when it does not apply, { level: not-yet, plan: collaborate } when it has not started yet.`,
        ),
      );
      lines.push(...stageCueLines(f, entry.cues, style, prose), ...stageReaderLines(entry.reader, style, prose));
      break;
    }
    case 'level': {
      const l = entry.level;
      lines = [`${style.bold(l.label)}  ${style.dim(`level ${l.id}`)}`, ...prose(l.description ?? '')];
      if (l.example) lines.push(...prose(`For example: ${l.example}`));
      break;
    }
    case 'class': {
      const c = entry.class;
      lines = [`${style.bold(c.label)}  ${style.dim(`class ${c.id}`)}`, ...prose(c.description ?? ''), ''];
      lines.push(c.requires.length ? 'Requires all of:' : 'No requirements: the class for everything else.');
      lines.push(...c.requires.map((r) => requirementLines(r, '  ')));
      break;
    }
    case 'term':
      lines = termText(f, entry.term, style, prose);
      break;
    case 'terms':
      lines = [
        style.bold('Terms projects use for themselves, strongest claim first'),
        ...prose(
          "copro finds the strongest of these in a project's describedAs and says which one the evidence supports.",
        ),
        '',
        ...entry.terms.flatMap((term) => [...termText(f, term, style, prose), '']),
      ];
      break;
    case 'model': {
      const m = entry.model;
      lines = [
        `${style.bold(m.title)}  ${style.dim(`model ${m.id}`)}`,
        ...prose([m.author, m.year, m.url].filter(Boolean).join(', ')).map(style.dim),
        ...prose(m.summary),
      ];
      if (m.usedFor) lines.push('', ...prose(`Used for: ${m.usedFor}`));
      if (m.verified === false)
        lines.push(...prose(`Unverified: ${m.note ?? 'not checked against the published text'}`).map(style.warn));
      break;
    }
    case 'partner':
      lines = [
        `${style.bold(entry.partner.label)}  ${style.dim(`partner ${entry.partner.id} · ${entry.partner.side} side`)}`,
        ...prose(entry.partner.description ?? ''),
      ];
      break;
    case 'partners':
      lines = [
        style.bold('Partners, by side'),
        ...prose(
          'List who shared the work under `partners` in a project file. Co-production needs both sides: the people who use or are affected by the service (community), and those who run it (service).',
        ),
        '',
        ...entry.partners.map((p) => `  ${style.accent(p.id)}  ${p.label} ${style.dim(`(${p.side})`)}`),
      ];
      break;
    case 'cues':
      lines = allCueLines(f, entry.cues, style, prose);
      break;
  }
  return `${lines.join('\n')}\n`;
}
