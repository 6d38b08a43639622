/**
 * Moving a plan in and out of the browser as a file, without a server: a Blob behind a
 * download link, and the text of a file the user picked.
 */

/**
 * Offers `text` as a download. The link is created inside `root` (the element's shadow
 * root), so nothing is added to the page's document; the object URL is revoked later,
 * because revoking it at once can cancel the download in some browsers.
 */
export function downloadText(root: ShadowRoot | HTMLElement, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** The text of a picked file, or undefined if it could not be read. */
export async function readText(file: Blob): Promise<string | undefined> {
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}

/**
 * A stable id from an indicator's name, so that a CSV file reads `antall-intervjuer`
 * rather than `indicator-3`: lower case, Norwegian and Danish letters spelled out,
 * anything else a hyphen, made unique among `taken`.
 */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/[øö]/g, 'o')
      .replace(/[åä]/g, 'a')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/g, '') || 'indikator';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
