/**
 * Calls `before` and `after` at the window's `beforeprint` and `afterprint`, so an element
 * can render its print layout; returns what stops it. (The scorecard's report print uses it.)
 */
export function listenForPrint(before: () => void, after: () => void): () => void {
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
