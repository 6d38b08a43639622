/**
 * Where a reference line's label goes inside a narrow plot (below LABELS_OUTSIDE_FROM, where
 * there is no room right of it). Pure geometry, no canvas: reference-labels.ts measures the
 * texts and draws them.
 *
 * At the right end, above the line, a label sits where the latest readings usually are: a
 * series that climbs towards its target ends just at the target line. So each label may go
 * above or below its own line, at its right or its left end, and takes the first of those
 * spots that covers no reading, no line of a series and no other label; where every spot
 * covers something, the one that covers least.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelSize {
  /** Its reference line's height in the plot. */
  lineY: number;
  width: number;
  height: number;
}

/** How far a label stays from its own line: close enough to be read as that line's. */
const GAP = 2;
/** How far a label stays from a reading: a point has a radius of 4.5 px and a 3 px ring in the background colour. */
const CLEARANCE = 7;
/** Between the plot's edge and a label. */
const INSET = 2;

/** The spots a label may take, in order of preference: the right end first (where the wide layout writes it too). */
const SPOTS = [
  { end: 'right', side: 'above' },
  { end: 'right', side: 'below' },
  { end: 'left', side: 'above' },
  { end: 'left', side: 'below' },
] as const;

/** How many partial placements the search may try: about every choice for the eight labels of four indicators. */
const SEARCH_STEPS = 65_536;

/** What covering each thing costs: another label is never worth it; a reading more than the line between readings. */
const COST = { label: 1000, latestReading: 30, reading: 10, line: 3, referenceLine: 1, preference: 0.01 };

/**
 * One box per label, in the same order. `plot` is the chart area; a label may reach up to
 * `ceiling` above it (the layout's padding), never below the plot. `series` are the drawn
 * readings of each line (a NaN y is a gap).
 *
 * The spots are chosen together, not one label after the other: two lines a few pixels apart
 * (Nullpunkt 38 %, Mål 40 %) each have one good spot only if the other takes its second best.
 * A panel has a few labels (two per indicator) and each four spots, and the search stops at
 * any branch already dearer than the best found; for a panel of many indicators it also
 * stops after SEARCH_STEPS and keeps the best found by then.
 */
export function placeInsideLabels(
  labels: readonly LabelSize[],
  plot: Box,
  ceiling: number,
  series: ReadonlyArray<readonly Point[]>,
): Box[] {
  const options = labels.map((label, k) => {
    const otherLines = labels.filter((_, j) => j !== k).map((other) => other.lineY);
    const spots = SPOTS.flatMap((spot, rank) => {
      const box = spotBox(label, plot, spot);
      if (box.top < ceiling || box.bottom > plot.bottom) return [];
      const covered =
        series.reduce((sum, points) => sum + hidden(points, box), 0) +
        COST.referenceLine * otherLines.filter((y) => y >= box.top && y <= box.bottom).length +
        COST.preference * rank;
      return [{ box, cost: covered }];
    });
    // A plot too low for the label on either side of its line: above it, inside the plot.
    return spots.length ? spots.sort((a, b) => a.cost - b.cost) : [{ box: fallback(label, plot, ceiling), cost: 0 }];
  });
  let best: Box[] = options.map((spots) => spots[0]!.box);
  let bestCost = Infinity;
  const chosen: Box[] = [];
  let steps = 0;
  const search = (k: number, cost: number): void => {
    if (cost >= bestCost || (++steps > SEARCH_STEPS && bestCost < Infinity)) return;
    if (k === options.length) {
      best = [...chosen];
      bestCost = cost;
      return;
    }
    for (const spot of options[k]!) {
      const collisions = chosen.filter((other) => overlaps(spot.box, other)).length;
      chosen.push(spot.box);
      search(k + 1, cost + spot.cost + COST.label * collisions);
      chosen.pop();
    }
  };
  search(0, 0);
  return best;
}

function spotBox(label: LabelSize, plot: Box, spot: (typeof SPOTS)[number]): Box {
  const left = spot.end === 'right' ? plot.right - INSET - label.width : plot.left + INSET;
  const top = spot.side === 'above' ? label.lineY - GAP - label.height : label.lineY + GAP;
  return { left, top, right: left + label.width, bottom: top + label.height };
}

function fallback(label: LabelSize, plot: Box, ceiling: number): Box {
  const top = Math.max(ceiling, Math.min(label.lineY - GAP - label.height, plot.bottom - label.height));
  const left = plot.right - INSET - label.width;
  return { left, top, right: left + label.width, bottom: top + label.height };
}

function grown(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** What a box hides of one series: its readings (the latest most: it is what the target is compared with), and its line between them. */
function hidden(points: readonly Point[], box: Box): number {
  const around = grown(box, CLEARANCE);
  let latest = points.length - 1;
  while (latest >= 0 && !Number.isFinite(points[latest]!.y)) latest--;
  let cost = 0;
  for (let i = 0; i <= latest; i++) {
    const a = points[i]!;
    if (!Number.isFinite(a.y)) continue;
    if (inside(a, around)) cost += i === latest ? COST.latestReading : COST.reading;
    const b = points[i + 1];
    if (!b || !Number.isFinite(b.y) || Math.max(a.x, b.x) < box.left || Math.min(a.x, b.x) > box.right) continue;
    if (segmentCrosses(a, b, box)) cost += COST.line;
  }
  return cost;
}

function inside(p: Point, box: Box): boolean {
  return p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
function segmentCrosses(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}
