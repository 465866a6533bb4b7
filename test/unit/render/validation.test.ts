import { describe, expect, it } from 'vitest';
import { buildValidationReport, type FileVerdict } from '../../../src/core/model/validation.js';
import { PLAIN_STYLE } from '../../../src/render/text/style.js';
import { renderValidationJson, renderValidationText } from '../../../src/render/validation/render.js';

const tool = { name: 'copro', version: '0.0.0' };
const framework = { id: 'f', name: 'F', version: '1', hash: 'a'.repeat(64) };
const good: FileVerdict = { file: 'good.yaml', kind: 'project', errors: [] };
const bad: FileVerdict = {
  file: 'bad.yaml',
  kind: 'project',
  errors: [
    { file: 'bad.yaml', line: 2, column: 7, message: 'first' },
    { file: 'bad.yaml', line: 4, column: 3, message: 'second' },
  ],
};

describe('validation report', () => {
  it('counts files and problems', () => {
    expect(buildValidationReport(tool, framework, [good, bad]).summary).toEqual({
      total: 2,
      valid: 1,
      invalid: 1,
      problems: 2,
    });
    expect(buildValidationReport(tool, null, []).summary).toEqual({ total: 0, valid: 0, invalid: 0, problems: 0 });
  });

  it('as text: a verdict per file, every problem located, a summary', () => {
    const text = renderValidationText(buildValidationReport(tool, framework, [good, bad]), PLAIN_STYLE);
    expect(text).toBe(
      [
        '✓ good.yaml',
        '✗ bad.yaml: 2 problems',
        '    bad.yaml:2:7: first',
        '    bad.yaml:4:3: second',
        '',
        '1 of 2 files has problems (2 problems in all).',
        '',
      ].join('\n'),
    );
  });

  it('as text: says plainly when all is well, or nothing was checked', () => {
    expect(renderValidationText(buildValidationReport(tool, framework, [good]), PLAIN_STYLE)).toMatch(
      /\nThe file is valid\.\n$/,
    );
    expect(renderValidationText(buildValidationReport(tool, framework, [good, good]), PLAIN_STYLE)).toMatch(
      /\nAll 2 files are valid\.\n$/,
    );
    expect(renderValidationText(buildValidationReport(tool, framework, []), PLAIN_STYLE)).toMatch(
      /Nothing was checked\.\n$/,
    );
  });

  it('keeps a file name from moving the cursor or recolouring the terminal', () => {
    const text = renderValidationText(
      buildValidationReport(tool, framework, [{ file: 'evil\u001b[2J.yaml', kind: 'project', errors: [] }]),
      PLAIN_STYLE,
    );
    expect(text).not.toContain('\u001b');
  });

  it('as JSON: one document, with a verdict for each file', () => {
    const doc = JSON.parse(renderValidationJson(buildValidationReport(tool, framework, [good, bad])));
    expect(doc.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
    expect(doc.files[1].errors).toHaveLength(2);
  });
});
