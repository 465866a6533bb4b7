// `copro criteria` as text: the framework at a glance, or one entry explained in full.
import type { FrameworkEntry } from '../core/framework-view.js';
import type { Criterion, LoadedFramework, Requirement, Source } from '../core/types.js';
import { oneLine, safeStrings } from './safe-text.js';
import type { Style } from './style.js';
import { newTable } from './table-parts.js';

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
    table.push([`${c.title}\n${style.dim(c.id)}`, String(c.weight), String(c.indicators.length), c.sources.map((s) => itemName(f, s)).join('; ')]);
  }
  const classes = f.classes.map((c) => `  ${style.bold(c.label)} (${c.id})${c.requires.length ? '' : ': everything else'}\n${c.requires.map((r) => requirementLines(r, '    ')).join('\n')}`);
  return [
    `${style.bold(f.name)}  ${style.dim(`${f.id} ${f.version}`)}`,
    '',
    table.toString(),
    '',
    style.bold('Classes, checked in this order'),
    ...classes,
    '',
    style.dim('`copro criteria <id>` explains a criterion, indicator, source, stage, level or class.'),
    '',
  ].join('\n');
}

function requirementLines(r: Requirement, indent: string): string {
  const own = `${indent}- ${r.text}`;
  const group = r.anyOf ?? r.allOf;
  if (!group) return own;
  return [`${own} — ${r.anyOf ? 'any of' : 'all of'}:`, ...group.map((child) => requirementLines(child, `${indent}  `))].join('\n');
}

function sourceLine(source: Source): string {
  return [source.title, source.publisher, source.year, source.url].filter((v) => v !== undefined && v !== null).join(', ');
}

function criterionText(f: LoadedFramework, c: Criterion, style: Style): string[] {
  const lines = [`${style.bold(c.title)}  ${style.dim(`${c.id} · weight ${c.weight}`)}`, oneLine(c.summary), '', style.bold('Draws on')];
  for (const id of c.sources) {
    const source = f.sources.find((s) => s.items.some((i) => i.id === id))!;
    const item = source.items.find((i) => i.id === id)!;
    lines.push(`  - ${item.name}: ${oneLine(item.summary)}${item.verified === false ? style.dim(' (wording unverified)') : ''}`);
    lines.push(style.dim(`    ${sourceLine(source)}`));
  }
  lines.push('', style.bold('Indicators'));
  for (const i of c.indicators) {
    lines.push(`  ${style.accent(i.id)}`, `    ${oneLine(i.question)}`);
    if (i.yes) lines.push(`    yes: ${oneLine(i.yes)}`);
    if (i.partly) lines.push(`    partly: ${oneLine(i.partly)}`);
  }
  if (c.advice) lines.push('', style.bold('To improve'), `  ${oneLine(c.advice)}`);
  return lines;
}

export function renderEntry(unsafeFramework: LoadedFramework, unsafeEntry: FrameworkEntry, { style }: CriteriaTableOptions): string {
  const f = safeStrings(unsafeFramework);
  const entry = safeStrings(unsafeEntry);
  let lines: string[];
  switch (entry.kind) {
    case 'criterion':
      lines = criterionText(f, entry.criterion, style);
      break;
    case 'indicator': {
      const i = entry.indicator;
      lines = [`${style.bold(i.id)}  ${style.dim(`indicator of ${entry.criterion.title} (${entry.criterion.id})`)}`, oneLine(i.question), ''];
      if (i.yes) lines.push(`Counts as yes: ${oneLine(i.yes)}`);
      if (i.partly) lines.push(`Counts as partly: ${oneLine(i.partly)}`);
      if (i.stage) lines.push(`A "yes" means the ${i.stage} stage was at least ${i.impliesLevel}.`);
      lines.push('', 'Answer yes, partly, no, unknown (not described) or n/a (does not apply), with evidence:');
      lines.push(`  ${i.id}: { answer: yes, evidence: "what shows it" }`);
      if (entry.criterion.advice) lines.push('', style.bold('To improve'), `  ${oneLine(entry.criterion.advice)}`);
      break;
    }
    case 'source': {
      const s = entry.source;
      lines = [style.bold(s.title), style.dim(sourceLine(s)), ...(s.notes ?? []).map((n) => `  note: ${oneLine(n)}`), ''];
      for (const item of s.items) lines.push(`  ${style.accent(item.id)}  ${item.name}: ${oneLine(item.summary)}${item.verified === false ? style.dim(' (unverified)') : ''}`);
      break;
    }
    case 'item': {
      const { item, source, citedBy } = entry;
      lines = [`${style.bold(item.name)}  ${style.dim(item.id)}`, oneLine(item.summary), style.dim(sourceLine(source))];
      if (item.verified === false) lines.push(style.warn(`Unverified: ${oneLine(item.note ?? 'the wording could not be checked against the published text')}`));
      lines.push('', `Cited by: ${citedBy.map((c) => `${c.title} (${c.id})`).join(', ')}`);
      break;
    }
    case 'stage': {
      const s = f.stages.find((x) => x.id === entry.id)!;
      lines = [`${style.bold(s.label)}  ${style.dim(`stage ${s.id}${s.phase ? ` · ${s.phase}` : ''}`)}`, oneLine(s.description ?? '')];
      break;
    }
    case 'level': {
      const l = f.levels.find((x) => x.id === entry.id)!;
      lines = [`${style.bold(l.label)}  ${style.dim(`level ${l.id}`)}`, oneLine(l.description ?? '')];
      if (l.example) lines.push(`For example: ${oneLine(l.example)}`);
      break;
    }
    case 'class': {
      const c = f.classes.find((x) => x.id === entry.id)!;
      lines = [`${style.bold(c.label)}  ${style.dim(`class ${c.id}`)}`, oneLine(c.description ?? ''), ''];
      lines.push(c.requires.length ? 'Requires all of:' : 'No requirements: the class for everything else.');
      lines.push(...c.requires.map((r) => requirementLines(r, '  ')));
      break;
    }
  }
  return `${lines.join('\n')}\n`;
}
