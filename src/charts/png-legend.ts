/**
 * A legend drawn into an exported PNG, under a chart's canvas: a short sample of each line
 * (its colour, dash pattern and point shape) and its name. The picture travels without the
 * page, so a reader of the image alone must be able to tell the lines apart. Laid out like
 * the on-screen legend (a row that wraps), so a narrow export gets several rows, never text
 * past its edge or over the next text.
 */

export type PngPointShape = 'circle' | 'rect' | 'triangle' | 'rectRot';

export interface PngLegendItem {
  label: string;
  colour: string;
  dash: readonly number[];
  lineWidth: number;
  point?: PngPointShape;
}

export interface PngLegendLayout {
  height: number;
  draw(ctx: CanvasRenderingContext2D, left: number, top: number): void;
}

/** The on-screen swatch's size (an SVG 32 × 12 viewBox): the PNG draws the same sample. */
const SWATCH_WIDTH = 32;
const SWATCH_HEIGHT = 12;
/** 0.4rem and 1.25rem × 0.25rem, as the on-screen legend's gaps. */
const SWATCH_GAP = 6;
const ITEM_GAP = 20;
const ROW_GAP = 4;
const SIZE = 14;
const LINE_HEIGHT = Math.round(SIZE * 1.35);

/**
 * Where each item goes within `width`, and how to draw them. `measure` is a 2D context the
 * text is measured on; `background` outlines the points as the chart does.
 */
export function layoutPngLegend(
  items: readonly PngLegendItem[],
  options: { measure: CanvasRenderingContext2D; width: number; font: string; text: string; background: string },
): PngLegendLayout {
  const { measure, width } = options;
  measure.font = options.font;
  const textRoom = Math.max(SIZE, width - SWATCH_WIDTH - SWATCH_GAP);
  const placed: Array<{ item: PngLegendItem; x: number; y: number; lines: string[]; height: number }> = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const item of items) {
    const lines = wrapText(measure, item.label, textRoom);
    const itemWidth = SWATCH_WIDTH + SWATCH_GAP + Math.max(0, ...lines.map((l) => measure.measureText(l).width));
    const height = Math.max(SWATCH_HEIGHT, lines.length * LINE_HEIGHT);
    if (x > 0 && x + itemWidth > width) {
      y += rowHeight + ROW_GAP;
      x = 0;
      rowHeight = 0;
    }
    placed.push({ item, x, y, lines, height });
    x += itemWidth + ITEM_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  const height = placed.length ? y + rowHeight : 0;
  return {
    height,
    draw: (ctx, left, top) => {
      ctx.save();
      ctx.font = options.font;
      ctx.textBaseline = 'alphabetic';
      for (const { item, x: at, y: row, lines, height: itemHeight } of placed) {
        // Centred on its text, as `align-items: center` does on screen.
        drawSample(ctx, item, left + at, top + row + itemHeight / 2, options.background);
        ctx.fillStyle = options.text;
        lines.forEach((line, i) =>
          ctx.fillText(line, left + at + SWATCH_WIDTH + SWATCH_GAP, top + row + (i + 1) * LINE_HEIGHT - Math.round(SIZE * 0.3)),
        );
      }
      ctx.restore();
    },
  };
}

/** The legend's font at its size, in a family. */
export function pngLegendFont(family: string): string {
  return `400 ${SIZE}px ${family || 'sans-serif'}`;
}

/** Words in lines no wider than `room`; a word wider than that alone is broken between characters. */
function wrapText(measure: CanvasRenderingContext2D, text: string, room: number): string[] {
  const fits = (s: string) => measure.measureText(s).width <= room;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The swatch of templates.ts's `swatch()`: a line across 1–31 px and the point at 16 px, in 32 × 12 px. */
function drawSample(ctx: CanvasRenderingContext2D, item: PngLegendItem, left: number, middle: number, background: string) {
  const top = middle - SWATCH_HEIGHT / 2;
  ctx.strokeStyle = item.colour;
  ctx.lineWidth = item.lineWidth;
  ctx.setLineDash([...item.dash]);
  ctx.beginPath();
  ctx.moveTo(left + 1, middle);
  ctx.lineTo(left + 31, middle);
  ctx.stroke();
  ctx.setLineDash([]);
  if (!item.point) return;
  ctx.beginPath();
  const at = (x: number, y: number) => [left + x, top + y] as const;
  const polygon = (points: ReadonlyArray<readonly [number, number]>) => {
    points.forEach(([x, y], i) => (i ? ctx.lineTo(...at(x, y)) : ctx.moveTo(...at(x, y))));
    ctx.closePath();
  };
  switch (item.point) {
    case 'rect':
      ctx.rect(...at(12, 2), 8, 8);
      break;
    case 'triangle':
      polygon([
        [16, 1],
        [21, 10],
        [11, 10],
      ]);
      break;
    case 'rectRot':
      polygon([
        [16, 0.5],
        [21.5, 6],
        [16, 11.5],
        [10.5, 6],
      ]);
      break;
    default:
      ctx.arc(...at(16, 6), 4.5, 0, 2 * Math.PI);
  }
  ctx.fillStyle = item.colour;
  ctx.fill();
  ctx.strokeStyle = background;
  ctx.lineWidth = 1;
  ctx.stroke();
}
