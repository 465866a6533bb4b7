// Colour is a parameter of the renderers, not a global: the CLI decides once (only for a person
// at a terminal) and passes either chalk's painters or these plain ones.
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

export async function colourStyle(): Promise<Style> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    bold: chalk.bold,
    dim: chalk.dim,
    good: chalk.green,
    warn: chalk.yellow,
    bad: chalk.red,
    accent: chalk.cyan,
  };
}
