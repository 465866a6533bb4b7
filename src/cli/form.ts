// `copro form -o form.html`: the self-assessment page on its own, one file to open from disk or
// put on any web host. It asks the framework's questions (another framework with --framework)
// and scores the answers with copro's own core, bundled into the page.
import { quoted } from '../core/shared/text.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { readFormScript } from '../io/form-script.js';
import { describeFsError } from '../io/fs-errors.js';
import { UsageError } from '../io/usage-error.js';
import { limitsFromEnv } from '../io/limits.js';
import { refuseOutputsOverInputs } from '../io/output-clash.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { renderFormPage } from '../render/form/page.js';
import { reportHeader } from '../render/sink.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { notice } from './terminal.js';
import { TOOL } from '../io/tool.js';

export interface FormOptions {
  output: string;
  framework?: string;
  submitTo?: string;
  quiet?: boolean;
}

/** A plain email address, or a usage error: it goes into a mailto: link. */
export function checkSubmitTo(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const trimmed = address.trim();
  if (!/^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/.test(trimmed)) {
    throw new UsageError(`--submit-to takes an email address such as examples@network.org, not ${quoted(address)}`);
  }
  return trimmed;
}

export async function runForm(options: FormOptions): Promise<ExitCode> {
  const submitTo = checkSubmitTo(options.submitTo);
  // The page must not replace the framework it asks the questions of.
  refuseOutputsOverInputs([options.output], { files: options.framework ? [options.framework] : [] });
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseOutputsOverInputs([options.output], { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const page = renderFormPage({ header: reportHeader(TOOL, framework), framework, script: readFormScript(), submitTo });
  try {
    writeFileAtomic(options.output, page, { replace: true });
  } catch (error) {
    throw new UsageError(`the page could not be written to ${options.output}: ${describeFsError(error)}`);
  }
  notice(`self-assessment page written to ${options.output}`, options.quiet);
  return EXIT.ok;
}
