/**
 * Tooltip text in lines that fit the chart. Chart.js draws a tooltip on the canvas and never
 * wraps it; it only keeps a box that fits inside the chart. On a phone a long indicator name
 * («Antall deltakere på kurset (sammenlagt): 101») was wider than the chart and ran past both
 * edges. The lines break at spaces; a word wider than the room stands on a line of its own.
 * With `maxLines`, the last line kept ends in «…» when there was more (a reading's note may be
 * 1,000 characters; the data table has all of it).
 */
export function wrapToWidth(text: string, room: number, measure: (line: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line || !lines.length) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  // Words come off the last line until «…» fits after them; one word stays, however wide.
  const words = kept[kept.length - 1]!.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')} …`) > room) words.pop();
  kept[kept.length - 1] = `${words.join(' ')} …`;
  return kept;
}

/** The font a tooltip's body is drawn in, as the charts configure it. */
export interface TooltipFont {
  family: string;
  size: number;
}

/**
 * `text` in lines that fit the tooltip box of `chart`: its width less the box's padding (each
 * side) and the point-style box, which is as wide as the font, measured on the chart's canvas.
 */
export function tooltipLines(
  chart: { ctx: CanvasRenderingContext2D; width: number },
  text: string,
  font: TooltipFont,
  padding: number,
  maxLines?: number,
): string[] {
  const { ctx } = chart;
  ctx.save();
  ctx.font = `${font.size}px ${font.family}`;
  const room = chart.width - 2 * padding - font.size - 4;
  const lines = wrapToWidth(text, room, (line) => ctx.measureText(line).width, maxLines);
  ctx.restore();
  return lines;
}
