/**
 * A chart element's drawing as one PNG, for "download the chart": its title and subtitle,
 * each panel's canvas under its heading with its legend under it (or figures written as
 * text), and the source and date lines below — what a reader needs to read and cite the
 * picture on its own.
 */
import { layoutPngLegend, pngLegendFont, type PngLegendItem } from './png-legend.js';

export interface PngPanel {
  heading: string;
  canvas: HTMLCanvasElement;
  /** The panel's legend, drawn under the canvas: without it a reader of the image cannot tell the lines apart. */
  legend?: PngLegendItem[];
  /** Lines written under the canvas, each in its colour: a narrow chart's reference labels that had no room on it. */
  lines?: Array<{ text: string; colour: string }>;
}

export interface PngFigure {
  heading: string;
  value: string;
  lines: string[];
}

export interface PngInput {
  title: string;
  subtitle?: string;
  panels: PngPanel[];
  figures: PngFigure[];
  footer: string[];
  colours: { text: string; muted: string; background: string; border: string };
  fontFamily: string;
  /** CSS pixels wide, before the pixel ratio. */
  width: number;
  pixelRatio: number;
}

/** Draws the image and resolves with a PNG Blob (or undefined where the canvas gives none). */
export async function composePng(input: PngInput): Promise<Blob | undefined> {
  const ratio = Math.max(1, input.pixelRatio);
  const pad = 16;
  const width = Math.max(320, Math.round(input.width));
  const inner = width - 2 * pad;
  const font = (weight: number, size: number) => `${weight} ${size}px ${input.fontFamily || 'sans-serif'}`;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) return undefined;
  const wrap = (text: string, size: number, weight = 400): string[] => {
    measure.font = font(weight, size);
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure.measureText(next).width > inner) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  type Step = (ctx: CanvasRenderingContext2D, y: number) => void;
  const steps: Array<{ height: number; draw: Step }> = [];
  const text = (lines: string[], size: number, weight: number, colour: keyof PngInput['colours'], fill?: string) => {
    const lineHeight = Math.round(size * 1.35);
    steps.push({
      height: lines.length * lineHeight,
      draw: (ctx, y) => {
        ctx.font = font(weight, size);
        ctx.fillStyle = fill ?? input.colours[colour];
        lines.forEach((l, i) => ctx.fillText(l, pad, y + (i + 1) * lineHeight - Math.round(size * 0.3)));
      },
    });
  };
  const gap = (height: number) => steps.push({ height, draw: () => undefined });

  text(wrap(input.title, 22, 700), 22, 700, 'text');
  if (input.subtitle) text(wrap(input.subtitle, 15), 15, 400, 'muted');
  gap(8);
  for (const figure of input.figures) {
    text(wrap(figure.heading, 15, 600), 15, 600, 'text');
    text([figure.value], 34, 700, 'text');
    for (const line of figure.lines) text(wrap(line, 14), 14, 400, 'muted');
    gap(12);
  }
  for (const panel of input.panels) {
    text(wrap(panel.heading, 15, 600), 15, 600, 'text');
    const scale = inner / (panel.canvas.width || 1);
    const height = Math.round((panel.canvas.height || 1) * scale);
    steps.push({ height, draw: (ctx, y) => ctx.drawImage(panel.canvas, pad, y, inner, height) });
    if (panel.legend?.length) {
      const legend = layoutPngLegend(panel.legend, {
        measure,
        width: inner,
        font: pngLegendFont(input.fontFamily),
        text: input.colours.text,
        background: input.colours.background,
      });
      gap(8);
      steps.push({ height: legend.height, draw: (ctx, y) => legend.draw(ctx, pad, y) });
    }
    if (panel.lines?.length) gap(4);
    // In the series' colour, as the canvas writes its labels: whose line each is, as on the plot.
    for (const line of panel.lines ?? []) text(wrap(line.text, 14, 600), 14, 600, 'text', line.colour);
    gap(12);
  }
  for (const line of input.footer) text(wrap(line, 13), 13, 400, 'muted');

  const height = steps.reduce((sum, s) => sum + s.height, 0) + 2 * pad;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return undefined;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = input.colours.background;
  ctx.fillRect(0, 0, width, height);
  let y = pad;
  for (const step of steps) {
    step.draw(ctx, y);
    y += step.height;
  }
  return new Promise((resolve) => out.toBlob((blob) => resolve(blob ?? undefined), 'image/png'));
}
