/**
 * Moving a response or a plan in and out of the browser as a file, without a server: a
 * Blob behind a download link, and the text of a file the user picked.
 */

/**
 * Offers `text` as a download. The link is created inside `root` (the element's shadow
 * root), so nothing is added to the page's document; the object URL is revoked later,
 * because revoking it at once can cancel the download in some browsers.
 */
export function downloadText(root: ShadowRoot | HTMLElement, text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(root, new Blob([text], { type }), fileName);
}

/** Offers any Blob (a PNG, say) as a download, the same way as `downloadText`. */
export function downloadBlob(root: ShadowRoot | HTMLElement, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
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
