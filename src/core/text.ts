// Plain-text folding shared by the pure core and the renderers (which add terminal safety).

/** `text` on one line: each line break, with the spaces around it, becomes one space. */
export function foldLines(text: string): string {
  return text.replace(/\s*[\r\n]\s*/g, ' ').trim();
}
