// Readable identifiers derived from a title: "Assurance prospection à l’export" -> "assurance-prospection-a-l-export".

const MAX = 80;

export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX) return slug;
  // Cut at a word boundary when one is not too far back.
  const cut = slug.slice(0, MAX + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary >= MAX / 2 ? cut.slice(0, boundary) : slug.slice(0, MAX)).replace(/-+$/, '');
}
