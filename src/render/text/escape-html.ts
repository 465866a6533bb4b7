// Project text in HTML: escaped for text and for double-quoted attribute values alike, so a name
// such as <script>alert(1)</script> shows as those characters and runs nothing. Control and
// direction-override characters go first, as they do on the terminal: they could hide or reorder
// what a reader sees.
import { terminalSafe } from './safe-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number): string {
  return terminalSafe(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link target from a project file, only if it is a plain web address (never javascript: or data:). */
export function webAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
