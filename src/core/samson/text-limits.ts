/**
 * The longest texts a response takes, in characters: the response schema checks them
 * (response.ts) and the scorecard's fields use them as `maxlength`, so a field never takes more
 * than a save accepts. Plain numbers, so a form reads them without building the schema.
 */
export const RESPONSE_TEXT_LIMITS = {
  /** The round's label (`response.label`), also a party's name (`response.party`). */
  label: 200,
  /** Who took part (`response.participants`). */
  participants: 1000,
  /** An idea for action under a statement (`answer.idea`). */
  idea: 4000,
} as const;
