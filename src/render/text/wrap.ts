// Word wrapping for prose on terminals and in YAML comments: lines break between words, never
// inside one (a single word longer than the line stays whole). The text is taken as it is: make
// it terminal-safe first (oneLine) if it comes from a file; colour codes pass through unbroken.

// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[[0-9;]*m/g;
/** How many characters of `text` show on screen (colour codes take none). */
export const visible = (text: string) => text.replace(COLOUR, '').length;

/** `text` as lines of at most `width` characters, the first starting with `first`, the rest with `rest`. */
export function wrapWords(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = '';
  const prefix = () => (lines.length > 0 ? rest : first);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && visible(prefix()) + visible(line) + 1 + visible(word) > width) {
      lines.push(`${prefix()}${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(`${prefix()}${line}`.trimEnd());
  return lines;
}

/** `text` in at most `maxLines` lines of `width` characters; what will not fit is shortened into the last. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines = wrapWords(text, width);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), shorten(lines.slice(maxLines - 1).join(' '), width)];
}

/** Each line of `text` wrapped on its own, keeping the line breaks (and blank lines) it has. */
export function wrapParagraphs(text: string, width: number): string {
  return text
    .split('\n')
    .map((paragraph) => (paragraph.trim() === '' ? '' : wrapWords(paragraph, width).join('\n')))
    .join('\n');
}

/** `text` cut to `width` characters, at a word where possible, with "…" when cut. */
export function shorten(text: string, width: number): string {
  if (text.length <= width) return text;
  const cut = text.slice(0, width - 1);
  const endsAtWord = /\s/.test(text[width - 1]!);
  const space = cut.lastIndexOf(' ');
  return `${(endsAtWord || space <= width / 2 ? cut : cut.slice(0, space)).replace(/[\s,;:]+$/, '')}…`;
}
