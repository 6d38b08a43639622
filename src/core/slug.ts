/**
 * The one way text becomes part of a file name or an id: lower case ASCII letters, digits and
 * hyphens, so it is safe on every file system and in a URL. Norwegian and Danish letters are
 * spelled out (æ → ae, ø → o, å → a) rather than dropped; other accents lose their marks.
 */
export function slugOf(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
