/**
 * What tells one scorecard from another on the same page, in a screen reader's list of
 * landmarks: the title line the group sees («SAMSON · Bydel Nord»), and where two scorecards
 * on one page have the same title, their place among them («SAMSON (2)»). Every landmark of
 * the scorecard — the jump list, the step and the named sections in it — carries this name
 * (axe `landmark-unique`): the jump list in its label, the sections through the hidden
 * {@link INSTANCE_NAME_ID} element they point to after their own heading.
 */

/** The id of the hidden element holding the name, for `aria-labelledby="<heading id> instance-name"`. */
export const INSTANCE_NAME_ID = 'instance-name';

/** The attribute on the title line that holds the title as this scorecard computed it. */
const TITLE = 'data-instance-title';

/** The title line's text: the instrument's title and the response's label. */
export function scorecardTitle(instrumentTitle: string, label: string): string {
  return [instrumentTitle, label.trim()].filter(Boolean).join(' · ');
}

/**
 * The title, numbered when scorecards before this one in the same document or shadow root
 * show the same title (read from their rendered title line, so two copies of the library
 * on one page count each other too).
 */
export function instanceName(root: ShadowRoot, title: string): string {
  const host = root.host;
  const scope = host.getRootNode() as Document | ShadowRoot;
  if (!scope.querySelectorAll) return title;
  const all = [...scope.querySelectorAll(host.localName)];
  const before = all.slice(0, Math.max(0, all.indexOf(host)));
  // A screen reader's landmark list does not tell «Runde 2» from «runde 2», nor does axe.
  const key = title.toLocaleLowerCase();
  const same = before.filter(
    (other) => other.shadowRoot?.querySelector(`[${TITLE}]`)?.getAttribute(TITLE)?.toLocaleLowerCase() === key,
  ).length;
  return same ? `${title} (${same + 1})` : title;
}

/** `aria-labelledby` for a section of the scorecard: its heading, then the scorecard's name. */
export function labelledBy(headingId: string): string {
  return `${headingId} ${INSTANCE_NAME_ID}`;
}
