// One sink per format. Renderers that the run does not use are never loaded.
import type { TextOutput } from '../io/text-output.js';
import { jsonSink } from '../render/json.js';
import type { ReportHeader, ReportSink } from '../render/sink.js';
import { MACHINE_FORMATS, type ReportFormat } from './formats.js';
import { styleFor, terminalWidth } from './terminal.js';

export interface SinkOptions {
  color: boolean;
  verbose?: boolean;
}

export async function createSink(format: ReportFormat, header: ReportHeader, output: TextOutput, options: SinkOptions): Promise<ReportSink> {
  switch (format) {
    case 'json':
      return jsonSink(header, output);
    case 'table': {
      const { tableSink } = await import('../render/table-sink.js');
      const style = await styleFor({ colorFlag: options.color && output.isStdout, machineFormat: MACHINE_FORMATS.has(format) });
      return tableSink(header, output, { style, width: terminalWidth(), verbose: Boolean(options.verbose) });
    }
  }
}
