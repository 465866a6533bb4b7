// A project id made from a name: what `copro init --from` gives a project that has none yet, so
// that its assessments can be compared, and what the hub names pages by. Lower-case letters,
// digits and hyphens, as the project schema's `id` allows.

/** `name` as lower-case words joined by hyphens, at most `max` characters; "project" when nothing is left. */
export function idFromName(name: string, max = 80): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return id || 'project';
}
