/**
 * Where a reference line's label goes inside a narrow plot (below LABELS_OUTSIDE_FROM, where
 * there is no room right of it). Pure geometry, no canvas: reference-labels.ts measures the
 * texts and draws them.
 *
 * At the right end, above the line, a label sits where the latest readings usually are: a
 * series that climbs towards its target ends just at the target line, and a steep one crosses
 * its line somewhere along it. So each label may go above or below its own line, anywhere
 * along it, and takes the spot that covers no reading, no line of a series and no other
 * label, as near the right end as there is one. Where every spot next to its line covers
 * something (a phone-wide plot is hardly wider than a label), it is written in two lines,
 * half as wide; where that covers something too, it stands a label's height further off,
 * clear of the data; only where every spot covers something does it take the one that covers least.
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
  /** Its size written in two lines («Mål 2025:» over «45 dager»), when it can be. */
  wrapped?: { width: number; height: number };
}

/** A label's place; `wrapped` when it is written in two lines there. */
export interface Placed extends Box {
  wrapped?: true;
}

/** How far a label stays from its own line: close enough to be read as that line's. */
const GAP = 2;
/** How far a label stays from a reading's centre: a point has a radius of 4.5 px, a 1 px border and then 2 px of background. */
const CLEARANCE = 8;
/** How far a label stays from the middle of a series' line: half its 3 px, and 2 px of background. */
const LINE_CLEARANCE = 4;
/** Between the plot's edge and a label. */
const INSET = 2;
/** Between two labels. */
const LABEL_GAP = 1;
/** How far apart, along its line, the spots a label may take are. */
const STEP = 4;
/**
 * How far off its line a label may stand: a few pixels more than GAP (where a reading just
 * beside the line is in the way), or a label height or two when every spot next to it covers data.
 */
const ROWS: ReadonlyArray<readonly [row: number, nudge: number]> = [
  [0, 0],
  [0, 2],
  [0, 4],
  [1, 0],
  [2, 0],
];

/** How many times the labels are each moved to a better spot at most: they settle in two or three. */
const SETTLE_PASSES = 6;
/** The search after: how many spots of each label it tries, and how many partial placements in all (a few milliseconds). */
const BRANCHES = 4;
const SEARCH_NODES = 4096;

/**
 * What covering each thing costs: another label is never worth it; a reading more than the
 * line between readings; standing off its line less than either. The rest only orders the
 * free spots: the right end first (where the wide layout writes it too), above before below.
 */
const COST = {
  label: 1000,
  latestReading: 30,
  reading: 10,
  line: 6,
  rowAway: 2,
  perPixelAway: 0.1,
  wrapped: 1,
  referenceLine: 1,
  below: 0.05,
  perPixelLeft: 0.001,
};

interface Spot {
  box: Placed;
  cost: number;
  /** What of the series it covers (COST.reading, .line …): more than 0 is over the data. */
  data: number;
}

/**
 * One box per label, in the same order. `plot` is the chart area; a label may reach up to
 * `ceiling` above it (the layout's padding), never below the plot. `series` are the drawn
 * readings of each line (a NaN y is a gap).
 *
 * The spots are chosen together, not one label after the other: two lines a few pixels apart
 * (Nullpunkt 38 %, Mål 40 %) each have one good spot only if the other takes its second best.
 * The labels are placed one by one, the most hemmed in first, and then each moved to its best
 * spot beside the others until none moves (once per choice of which label goes first); a short
 * search of each label's few cheapest spots then looks for a placement that beats that.
 */
export function placeInsideLabels(
  labels: readonly LabelSize[],
  plot: Box,
  ceiling: number,
  series: ReadonlyArray<readonly Point[]>,
): Placed[] {
  return placeAmong(
    labels,
    labels.map((_, k) => k),
    plot,
    ceiling,
    series,
  ).map((spot) => spot.box);
}

/**
 * Like placeInsideLabels, but a label is only given a box where it covers no reading, no line
 * of a series and no other label; each that cannot stand clear gets undefined (the element
 * writes it in the key under the chart). Six lines between 0 and 50 % in a phone-wide plot
 * with three series along them leave no clear spot for some: a label over the data hides the
 * very readings the chart is for. The one that covers most is taken out first and the others
 * placed again, as a label less leaves the others more room.
 */
export function placeClearOfData(
  labels: readonly LabelSize[],
  plot: Box,
  ceiling: number,
  series: ReadonlyArray<readonly Point[]>,
): Array<Placed | undefined> {
  const active = labels.map((_, k) => k);
  for (;;) {
    const spots = placeAmong(labels, active, plot, ceiling, series);
    const faults = spots.map(
      (spot, d) =>
        spot.data + COST.label * spots.filter((other, e) => e !== d && overlaps(grown(spot.box, LABEL_GAP), other.box)).length,
    );
    const worst = faults.reduce((at, fault, d) => (fault > faults[at]! ? d : at), 0);
    if (!spots.length || faults[worst]! <= 0) {
      const boxes: Array<Placed | undefined> = labels.map(() => undefined);
      active.forEach((k, d) => (boxes[k] = spots[d]!.box));
      return boxes;
    }
    active.splice(worst, 1);
  }
}

/**
 * The spots of the labels at `active` (indices into `labels`), in that order; the other
 * labels are not placed, but their lines are still drawn and still count.
 */
function placeAmong(
  all: readonly LabelSize[],
  active: readonly number[],
  plot: Box,
  ceiling: number,
  series: ReadonlyArray<readonly Point[]>,
): Spot[] {
  const options = active.map((k) => {
    const label = all[k]!;
    const otherLines = all.filter((_, j) => j !== k).map((other) => other.lineY);
    // Off its line, a label with another line between or across it would be read as that line's.
    const between = (box: Box) =>
      box.top - label.lineY > GAP + 1 || label.lineY - box.bottom > GAP + 1
        ? otherLines.some((y) => (box.top > label.lineY ? y > label.lineY && y <= box.bottom : y < label.lineY && y >= box.top))
        : false;
    const spots = spotsOf(label, plot, ceiling).flatMap(({ box, order }): Spot[] => {
      if (between(box)) return [];
      const data = series.reduce((sum, points) => sum + hidden(points, box), 0);
      const covered = data + COST.referenceLine * otherLines.filter((y) => y >= box.top && y <= box.bottom).length;
      return [{ box, cost: covered + order, data }];
    });
    // A plot too low for the label on either side of its line: above it, inside the plot.
    if (spots.length) return spots.sort((a, b) => a.cost - b.cost);
    const box = fallback(label, plot, ceiling);
    // Never clear of its line's neighbours: counted as covering, so placeClearOfData keys it.
    return [
      {
        box,
        cost: 0,
        data: Math.max(
          COST.line,
          series.reduce((sum, points) => sum + hidden(points, box), 0),
        ),
      },
    ];
  });
  // Most hemmed in first: a label with few free spots takes one before the others take it.
  const free = (spots: readonly Spot[]) => spots.filter((spot) => spot.cost < COST.wrapped).length;
  const hemmedIn = options.map((_, k) => k).sort((a, b) => free(options[a]!) - free(options[b]!) || a - b);
  // And once with each label first: where the most hemmed in takes a spot another needs more.
  const orders = [hemmedIn, ...hemmedIn.map((k) => [k, ...hemmedIn.filter((j) => j !== k)])];
  let best: { spots: Spot[]; cost: number } | undefined;
  for (const order of orders) {
    const placed = settle(options, order);
    if (!best || placed.cost < best.cost) best = placed;
  }
  if (!best) return [];
  // Then a search of the few cheapest spots of each, for a placement that beats it.
  const bestSpots = best.spots;
  let bestCost = best.cost;
  const chosen: Spot[] = [];
  let nodes = 0;
  const search = (depth: number, cost: number): void => {
    if (depth === hemmedIn.length) {
      hemmedIn.forEach((k, d) => (bestSpots[k] = chosen[d]!));
      bestCost = cost;
      return;
    }
    if (++nodes > SEARCH_NODES) return;
    const k = hemmedIn[depth]!;
    const next: Array<Spot & { total: number }> = [];
    for (const spot of options[k]!) {
      if (cost + spot.cost >= bestCost) break;
      const around = grown(spot.box, LABEL_GAP);
      const total = spot.cost + COST.label * chosen.filter((other) => overlaps(around, other.box)).length;
      if (cost + total < bestCost) next.push({ ...spot, total });
    }
    next.sort((a, b) => a.total - b.total);
    for (const spot of next.slice(0, BRANCHES)) {
      chosen.push(spot);
      search(depth + 1, cost + spot.total);
      chosen.pop();
    }
  };
  search(0, 0);
  return bestSpots;
}

/**
 * The labels placed one after the other in `order`, each in its cheapest spot beside those
 * placed before it; then each moved to its cheapest spot beside all the others, until none
 * moves. `cost` is what they cover and what their spots cost, with every overlap of two labels.
 */
function settle(options: ReadonlyArray<readonly Spot[]>, order: readonly number[]): { spots: Spot[]; cost: number } {
  const spots: Array<Spot | undefined> = options.map(() => undefined);
  const cheapest = (k: number): { spot: Spot; cost: number } => {
    const others = spots.filter((spot, j): spot is Spot => j !== k && spot !== undefined);
    let found = { spot: options[k]![0]!, cost: Infinity };
    for (const spot of options[k]!) {
      // The spots are cheapest first: once one cannot beat the best, none after it can.
      if (spot.cost >= found.cost) break;
      const around = grown(spot.box, LABEL_GAP);
      const cost = spot.cost + COST.label * others.filter((other) => overlaps(around, other.box)).length;
      if (cost < found.cost) found = { spot, cost };
    }
    return found;
  };
  for (const k of order) spots[k] = cheapest(k).spot;
  for (let pass = 0, moved = true; moved && pass < SETTLE_PASSES; pass++) {
    moved = false;
    for (const k of order) {
      const now = spots[k]!;
      spots[k] = undefined;
      const next = cheapest(k);
      const stay = now.cost + COST.label * spots.filter((o) => o && overlaps(grown(now.box, LABEL_GAP), o.box)).length;
      spots[k] = next.cost < stay ? next.spot : now;
      moved ||= spots[k] !== now;
    }
  }
  const placed = spots as Spot[];
  let cost = 0;
  placed.forEach((spot, k) => {
    cost += spot.cost;
    for (let j = k + 1; j < placed.length; j++) if (overlaps(grown(spot.box, LABEL_GAP), placed[j]!.box)) cost += COST.label;
  });
  return { spots: placed, cost };
}

/**
 * Every spot a label may take, with what it costs to be there rather than at the right end,
 * above and next to its line, in one line.
 */
function spotsOf(label: LabelSize, plot: Box, ceiling: number): Array<{ box: Placed; order: number }> {
  const shapes = [{ width: label.width, height: label.height, wrapped: false }];
  if (label.wrapped) shapes.push({ ...label.wrapped, wrapped: true });
  const spots: Array<{ box: Placed; order: number }> = [];
  for (const { width, height, wrapped } of shapes) {
    const rightmost = plot.right - INSET - width;
    const leftmost = plot.left + INSET;
    const lefts: number[] = [];
    for (let left = rightmost; left > leftmost; left -= STEP) lefts.push(left);
    lefts.push(Math.min(leftmost, rightmost));
    for (const [row, nudge] of ROWS) {
      for (const side of ['above', 'below'] as const) {
        // Rows away are a one-line label's height each, so a wrapped label one row off clears the same band.
        const away = GAP + nudge + row * label.height;
        const top = side === 'above' ? label.lineY - away - height : label.lineY + away;
        if (top < ceiling || top + height > plot.bottom) continue;
        for (const left of lefts) {
          const box: Placed = { left, top, right: left + width, bottom: top + height };
          if (wrapped) box.wrapped = true;
          const order =
            (wrapped ? COST.wrapped : 0) +
            COST.rowAway * row +
            COST.perPixelAway * nudge +
            (side === 'below' ? COST.below : 0) +
            COST.perPixelLeft * (rightmost - left);
          spots.push({ box, order });
        }
      }
    }
  }
  return spots;
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
  const near = grown(box, LINE_CLEARANCE);
  let latest = points.length - 1;
  while (latest >= 0 && !Number.isFinite(points[latest]!.y)) latest--;
  let cost = 0;
  for (let i = 0; i <= latest; i++) {
    const a = points[i]!;
    if (!Number.isFinite(a.y)) continue;
    if (inside(a, around)) cost += i === latest ? COST.latestReading : COST.reading;
    const b = points[i + 1];
    if (!b || !Number.isFinite(b.y) || Math.max(a.x, b.x) < near.left || Math.min(a.x, b.x) > near.right) continue;
    if (segmentCrosses(a, b, near)) cost += COST.line;
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
