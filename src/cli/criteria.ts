// `copro criteria [id]`: the framework, or one entry of it, as text or JSON.
import { closestDescribed, suggestion } from '../core/shared/did-you-mean.js';
import { REPORT_SCHEMA_VERSION } from '../core/model/report.js';
import { allIds, findEntry, frameworkDocument } from '../core/framework/framework-view.js';
import type { LoadedFramework } from '../core/model/types.js';
import { UsageError } from '../io/usage-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import { refuseOutputsOverInputs } from '../io/output-clash.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { openOutput } from './output.js';
import { formatForFile } from '../render/formats.js';
import { checkFormat, refuseUnknownExtension } from './report-targets.js';
import { styleFor, textWidth } from './terminal.js';

export interface CriteriaOptions {
  framework?: string;
  /** Absent when not given: then JSON if the -o file ends in .json, else the table. */
  format?: string;
  output?: string;
  color: boolean;
}

const CRITERIA_FORMATS = ['table', 'json'] as const;

/** As for assess: --format if given, else what the -o file's extension asks for, else the table. */
function criteriaFormat({ format, output }: CriteriaOptions): (typeof CRITERIA_FORMATS)[number] {
  if (format !== undefined) return checkFormat(format, CRITERIA_FORMATS);
  if (output) refuseUnknownExtension(output, CRITERIA_FORMATS);
  return output && formatForFile(output) === 'json' ? 'json' : 'table';
}

/** The id meant: an indicator's question counts as its words (criteria shared-power.decision → shared-power.binding-decision). */
function didYouMean(id: string, framework: LoadedFramework): string {
  const questions = new Map(framework.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.question] as const)));
  return suggestion(
    closestDescribed(
      id,
      allIds(framework).map((known) => ({ id: known, text: questions.get(known) })),
    ),
  );
}

/** "Collaborate" finds "collaborate" when only one id is spelt so, whatever the case. */
function caseInsensitiveId(framework: LoadedFramework, id: string): string {
  const matches = allIds(framework).filter((known) => known.toLowerCase() === id.toLowerCase());
  return matches.length === 1 ? matches[0]! : id;
}

export async function runCriteria(id: string | undefined, options: CriteriaOptions): Promise<ExitCode> {
  const format = criteriaFormat(options);
  const outputs = [options.output];
  if (options.framework) refuseOutputsOverInputs(outputs, { files: [options.framework] });
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseOutputsOverInputs(outputs, { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const entry =
    id === undefined ? undefined : (findEntry(framework, id) ?? findEntry(framework, caseInsensitiveId(framework, id)));
  if (id !== undefined && !entry) {
    throw new UsageError(
      `"${id}" is not a criterion, indicator, source, stage, level, class, term, model or partner of ${framework.id}${didYouMean(id, framework)}`,
    );
  }
  let content: string;
  if (format === 'json') {
    const document = frameworkDocument(framework);
    content = `${JSON.stringify(entry ? { schemaVersion: REPORT_SCHEMA_VERSION, framework: document.framework, entry } : document, null, 2)}\n`;
  } else {
    const { renderEntry, renderFrameworkTable } = await import('../render/criteria/render.js');
    const style = await styleFor(options.color && !options.output);
    const tableOptions = { style, width: textWidth(!options.output) };
    content = entry ? renderEntry(framework, entry, tableOptions) : renderFrameworkTable(framework, tableOptions);
  }
  const output = openOutput(options.output);
  output.write(content);
  output.close();
  return EXIT.ok;
}
