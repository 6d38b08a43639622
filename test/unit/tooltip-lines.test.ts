import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapToWidth } from '../../src/charts/tooltip-lines.js';

// One unit per character: the room is a number of characters.
const chars = (line: string) => line.length;

test('a line that fits stays one line', () => {
  assert.deepEqual(wrapToWidth('Antall deltakere: 52', 40, chars), ['Antall deltakere: 52']);
});

test('a long label breaks at spaces into lines no wider than the room', () => {
  const lines = wrapToWidth('Antall deltakere på kurset (sammenlagt): 101', 20, chars);
  assert.deepEqual(lines, ['Antall deltakere på', 'kurset (sammenlagt):', '101']);
  assert.ok(lines.every((line) => line.length <= 20));
  assert.equal(lines.join(' '), 'Antall deltakere på kurset (sammenlagt): 101');
});

test('a word wider than the room stands on its own line instead of being cut', () => {
  assert.deepEqual(wrapToWidth('Kurs arbeidsmarkedstiltaksdeltakere 7', 10, chars), [
    'Kurs',
    'arbeidsmarkedstiltaksdeltakere',
    '7',
  ]);
});

test('past maxLines the last line kept ends in an ellipsis within the room', () => {
  const note = 'Tallet er talt fra registeret og gjelder alle som startet på kurset i perioden, også de som sluttet';
  const lines = wrapToWidth(note, 24, chars, 2);
  assert.equal(lines.length, 2);
  assert.ok(lines[1]!.endsWith(' …'), lines[1]);
  assert.ok(
    lines.every((line) => line.length <= 24),
    JSON.stringify(lines),
  );
});

test('an ellipsis that cannot fit after a wide word ends the line all the same, and the wrapping ends', () => {
  // The word on the last kept line is wider than the room: there is nothing left to drop.
  assert.deepEqual(wrapToWidth('aa bb ccccccccccccccccccc dd ee', 8, chars, 2), ['aa bb', 'ccccccccccccccccccc …']);
  assert.deepEqual(wrapToWidth('aa bbbbbb cc dd ee ff', 9, chars, 1), ['aa …']);
});

test('empty text is one empty line', () => {
  assert.deepEqual(wrapToWidth('', 10, chars), ['']);
});
