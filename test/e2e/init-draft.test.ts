// `copro init --resume` on a file `copro draft` wrote, driven through a pseudo-terminal as a person
// checking the draft would: each suggestion is shown with the sentence it came from and offered as
// the default; kept, changed or "don't know", it loses its mark; Back and Ctrl-C keep working; once
// no suggestion is left the file no longer says it is a draft.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { HAS_SCRIPT, KEY, TerminalSession } from '../pty.js';

const dir = tempDir();
afterAll(() => dir.remove());
const { enter } = KEY;
const file = join(dir.path, 'repairs.yaml');
const SENTENCE_4 =
  '“In 2023 Riverside Housing Association asked tenants in Dundee what was wrong with the repairs service in a survey.”';
const SENTENCE_5 =
  '“A panel of tenants and repairs staff then designed the new service together over six workshops, and the panel and the board decided jointly which model to adopt.”';

interface Entry {
  level?: string;
  answer?: string;
  evidence?: string;
  suggested?: boolean;
}
const read = () =>
  parse(readFileSync(file, 'utf8')) as { stages: Record<string, Entry | string>; answers: Record<string, Entry> };

describe.skipIf(!HAS_SCRIPT)('copro init --resume on a drafted file (through util-linux script)', () => {
  // A fixed draft of docs/email-example.eml (test/corpus/drafts), so that these tests follow the
  // checking of a draft, not whatever the reader suggests today.
  it('starts from a drafted file to check', () => {
    copyFileSync(join(ROOT, 'test', 'corpus', 'drafts', 'repairs-email-draft.yaml'), file);
    expect(readFileSync(file, 'utf8')).toContain('DRAFT, TO CHECK');
    expect(read().stages.design).toEqual({ level: 'collaborate', evidence: SENTENCE_5, suggested: true });
  });

  it('shows each suggestion and its sentence; Back puts a suggestion back; Ctrl-C keeps what was checked', async () => {
    const session = new TerminalSession(['init', '--resume', file], dir.path);
    try {
      await session.waitFor(/each of the 11\s+suggestions\s+copro\s+draft\s+made/);
      // The draft names no partners: they are asked, and may be skipped.
      await session.answer(/Who took part\?/, enter);
      await session.waitFor(/Suggested from your text: consult, from “In 2023 Riverside/);
      await session.answer(/at the Define stage\? \(suggested:\s+consult\)/, enter); // keep it
      await session.answer(/What happened at this stage that shows it\? \(Enter keeps the sentence/, enter);
      await session.answer(/at the Design stage\? \(suggested:\s+collaborate\)/, `4${enter}`); // involve
      await session.answer(/What happened at this stage/, `Staff wrote the specification${enter}`);
      await session.answer(/at the Decide stage\? \(suggested:\s+collaborate\)/, `8${enter}`); // not sure (unknown)
      await session.answer(/at the Deliver stage\? \(suggested:\s+none\)/, `10${enter}`); // ← Back
      // Decide again, its suggestion back as the default: Enter keeps it.
      await session.answer(/at the Decide stage\? \(suggested:\s+collaborate\)/, enter);
      await session.answer(/What happened at this stage/, enter);
      await session.answer(/at the Deliver stage\?/, KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    expect(session.text).toMatch(
      /2 suggestions confirmed, 1 changed, 0 left unknown; 8 still to check \(still marked "suggested: true"\)/,
    );
    expect(session.text).toMatch(/Stopped: your answers so far are in .*repairs\.yaml/);
    // A file with suggestions: init --resume asks every question still unknown, and says review exists.
    expect(session.text).toMatch(/holds suggestions from copro draft: `copro review .*repairs\.yaml` checks them/);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# UNFINISHED: copro init was stopped before the last question.');
    expect(text).toContain('# DRAFT, TO CHECK: 2 stage levels and 6 answers below were suggested by `copro draft`');
    const { stages } = read();
    expect(stages.define).toEqual({ level: 'consult', evidence: SENTENCE_4 });
    expect(stages.design).toEqual({ level: 'involve', evidence: 'Staff wrote the specification' });
    expect(stages.decide).toEqual({ level: 'collaborate', evidence: SENTENCE_5 });
    expect(stages.deliver).toMatchObject({ level: 'none', suggested: true });
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('carries on with the suggestions left, and the file is no longer called a draft', async () => {
    const session = new TerminalSession(['init', '--resume', file], dir.path);
    try {
      await session.waitFor(/each of the 8\s+suggestions/);
      await session.answer(/Who took part\?/, enter);
      await session.answer(/at the Deliver stage\? \(suggested:\s+none\)/, `8${enter}`); // not sure (unknown)
      await session.answer(/at the Evaluate stage\? \(suggested:\s+consult\)/, enter);
      await session.answer(/What happened at this stage/, enter);
      await session.waitFor(/6 of them have an answer copro\s+draft suggested/);
      await session.answer(/Answer them now\?/, enter); // the default: only the suggested answers
      for (let n = 1; n <= 6; n++) {
        await session.answer(new RegExp(`\\[${n}/6\\] [\\s\\S]*?\\(suggested:\\s+yes\\)`), enter);
        await session.answer(/Evidence:/, enter);
      }
      await session.answer(/Score .* now\?/, `n${enter}`);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).toMatch(/7 suggestions confirmed, 0 changed, 1 left unknown\.\s/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/DRAFT|UNFINISHED|suggested: true/);
    const { stages, answers } = read();
    expect(stages.deliver).toBe('unknown'); // the short form: no evidence to keep with it
    expect(stages.evaluate).toEqual({
      level: 'consult',
      evidence: '“Staff run the new service, and tenants fill in a feedback form after each repair.”',
    });
    expect(answers['shared-power.binding-decision']).toEqual({ answer: 'yes', evidence: SENTENCE_5 });
    const [result] = JSON.parse(runCli(['assess', file, '--format', 'json']).stdout).results;
    expect(result.classification.reasons.join(' ')).not.toContain('copro draft suggested');
    expect(JSON.stringify(result.classification)).not.toContain('copro draft suggested');
  });
});
