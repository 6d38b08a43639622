import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { placeClearOfData, placeInsideLabels, type Box, type Point } from '../../src/elements/soimpact-chart/label-placement.js';

// A phone-wide plot: 300 × 180 px, with 8 px of padding above it.
const plot: Box = { left: 60, top: 8, right: 360, bottom: 188 };
const label = (lineY: number, width = 130) => ({ lineY, width, height: 17 });
const line = (...ys: number[]): Point[] =>
  ys.map((y, i) => ({ x: plot.left + 20 + (i * (plot.right - plot.left - 20)) / (ys.length - 1), y }));
const nextToItsLine = (box: Box, lineY: number) => box.bottom === lineY - 2 || box.top === lineY + 2;
/** Beside its line, or at most two label heights (and a nudge of 4 px) off it, where the data leaves no room nearer. */
const byItsLine = (box: Box, lineY: number) =>
  box.bottom <= lineY - 2 ? lineY - box.bottom <= 2 + 4 + 2 * 17 : box.top - lineY >= 2 && box.top - lineY <= 2 + 4 + 2 * 17;
const covers = (box: Box, p: Point) => p.x >= box.left - 7 && p.x <= box.right + 7 && p.y >= box.top - 7 && p.y <= box.bottom + 7;
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('with nothing in the way a label stands above its line at the right end, as before', () => {
  const [box] = placeInsideLabels([label(100)], plot, 0, [line(180, 170, 160)]);
  assert.deepEqual(box, { left: 228, top: 81, right: 358, bottom: 98 });
});

test('a series that climbs to its target: the label leaves the latest reading free and stays by its line', () => {
  const series = line(170, 140, 110, 80, 52);
  const [box] = placeInsideLabels([label(50)], plot, 0, [series]);
  assert.ok(nextToItsLine(box!, 50));
  assert.ok(!covers(box!, series.at(-1)!), JSON.stringify(box));
});

test('two lines a few pixels apart (Nullpunkt 38 %, Mål 40 %) get labels that do not overlap', () => {
  const boxes = placeInsideLabels([label(78), label(72)], plot, 0, [line(78, 70, 60, 50, 40)]);
  assert.ok(!overlap(boxes[0]!, boxes[1]!), JSON.stringify(boxes));
  // Beside its line, or nudged a few pixels off it: either way no other line is between.
  const beside = (box: Box, lineY: number) => Math.min(Math.abs(box.bottom - lineY), Math.abs(box.top - lineY)) <= 6;
  assert.ok(beside(boxes[0]!, 78) && beside(boxes[1]!, 72), JSON.stringify(boxes));
});

test('a label of a line on the plot’s floor goes above it, never below the plot', () => {
  const [box] = placeInsideLabels([label(plot.bottom)], plot, 0, []);
  assert.equal(box!.bottom, plot.bottom - 2);
});

test('every label stays inside the canvas, above the x axis, and by its own line', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 30, max: 188 }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.integer({ min: 8, max: 188 }), { minLength: 2, maxLength: 40 }),
      (lines, readings) => {
        const boxes = placeInsideLabels(
          lines.map((y) => label(y)),
          plot,
          0,
          [line(...readings)],
        );
        assert.equal(boxes.length, lines.length);
        boxes.forEach((box, k) => {
          assert.ok(box.top >= 0 && box.bottom <= plot.bottom && box.left >= plot.left && box.right <= plot.right);
          assert.ok(byItsLine(box, lines[k]!), JSON.stringify({ box, line: lines[k] }));
        });
      },
    ),
  );
});

test('placed clear of the data: a label that would cover readings wherever it stands is given no box (the key takes it)', () => {
  // Series every 20 px from top to bottom: no label's height (17 px, and 4 px either side) fits between two.
  const crowded = Array.from({ length: 9 }, (_, i) => line(20 + 20 * i, 20 + 20 * i));
  assert.deepEqual(placeClearOfData([label(100)], plot, 0, crowded), [undefined]);
  // Only the one in the way goes: a line in free space keeps its label on the plot.
  const [, clear] = placeClearOfData([label(100), label(160)], plot, 0, [
    line(94, 106, 94, 106, 94, 106, 94),
    line(20, 40, 60, 80, 100, 120, 140),
  ]);
  assert.ok(clear && nextToItsLine(clear, 160), JSON.stringify(clear));
});

test('placed clear of the data: every box covers no reading and no other box, and with room every label has one', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 30, max: 188 }), { minLength: 1, maxLength: 6 }),
      fc.array(fc.integer({ min: 8, max: 188 }), { minLength: 2, maxLength: 30 }),
      (lines, readings) => {
        const series = line(...readings);
        const boxes = placeClearOfData(
          lines.map((y) => label(y)),
          plot,
          0,
          [series],
        );
        assert.equal(boxes.length, lines.length);
        const placed = boxes.filter((box): box is Box => box !== undefined);
        for (const box of placed) assert.ok(!series.some((p) => covers(box, p)), JSON.stringify(box));
        placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => assert.ok(!overlap(a, b))));
      },
    ),
  );
  assert.equal(placeClearOfData([label(100), label(50)], plot, 0, [line(180, 170, 160)]).filter(Boolean).length, 2);
});
