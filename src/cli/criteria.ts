// `copro criteria [id]`: the framework, or one entry of it, as text or JSON.
import { didYouMean } from '../core/did-you-mean.js';
import { allIds, findEntry, frameworkDocument } from '../core/framework-view.js';
import { UsageError } from '../io/input-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { openOutput } from './output.js';
import { styleFor, terminalWidth } from './terminal.js';

export interface CriteriaOptions {
  framework?: string;
  format: string;
  output?: string;
  color: boolean;
}

export async function runCriteria(id: string | undefined, options: CriteriaOptions): Promise<ExitCode> {
  if (options.format !== 'table' && options.format !== 'json') {
    throw new UsageError(`unknown format "${options.format}" for criteria: use table or json`);
  }
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  const framework = loaded.framework;
  const entry = id === undefined ? undefined : findEntry(framework, id);
  if (id !== undefined && !entry) {
    throw new UsageError(`"${id}" is not a criterion, indicator, source, stage, level or class of ${framework.id}${didYouMean(id, allIds(framework))}`);
  }
  let content: string;
  if (options.format === 'json') {
    const document = frameworkDocument(framework);
    content = `${JSON.stringify(entry ? { schemaVersion: 1, framework: document.framework, entry } : document, null, 2)}\n`;
  } else {
    const { renderEntry, renderFrameworkTable } = await import('../render/criteria-table.js');
    const style = await styleFor({ colorFlag: options.color && !options.output, machineFormat: false });
    const tableOptions = { style, width: terminalWidth() };
    content = entry ? renderEntry(framework, entry, tableOptions) : renderFrameworkTable(framework, tableOptions);
  }
  const output = openOutput(options.output);
  output.write(content);
  output.close();
  return EXIT.ok;
}
