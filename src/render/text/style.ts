// Colour is a parameter of the renderers, not a global: the CLI decides once (only for a person
// at a terminal) and passes either these painters or the plain ones. Node's own styleText paints
// (Node 20.12 and later), so no colour library is needed for six colours.
import { styleText } from 'node:util';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
  accent(text: string): string;
}

const same = (text: string) => text;
export const PLAIN_STYLE: Style = { bold: same, dim: same, good: same, warn: same, bad: same, accent: same };

type Format = Parameters<typeof styleText>[0];

/**
 * copro has already decided that colour is wanted (cli/terminal.ts: a terminal, no NO_COLOR, no
 * --no-color), so styleText is told not to decide again from the process's own stdout, which
 * newer Node versions do by default (an in-process run writes to another stream). An empty text
 * stays empty, with no escape codes around nothing.
 */
const painter =
  (format: Format) =>
  (text: string): string =>
    text === '' ? '' : styleText(format, text, { validateStream: false });

export async function colourStyle(): Promise<Style> {
  return {
    bold: painter('bold'),
    dim: painter('dim'),
    good: painter('green'),
    warn: painter('yellow'),
    bad: painter('red'),
    accent: painter('cyan'),
  };
}
