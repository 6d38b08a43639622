/**
 * Attribute converters the elements share.
 */

/**
 * A boolean that is on unless the attribute says "false" (`autosave`, `preview`,
 * `show-importance`): an absent attribute, an empty one or any other word keeps it on.
 */
export const onUnlessFalse = {
  fromAttribute: (value: string | null): boolean => value === null || value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};
