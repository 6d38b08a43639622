import { fail, ok, type Problem, type Result } from '../problems.js';
import { idSchema } from '../samson/instrument.js';
import { dateSchema, type ImpactPlan } from './plan.js';
import { checkRows, rowsOf, type MeasurementRow } from './measurements.js';

/**
 * The measurements CSV format, as documented for entrepreneurs and web editors:
 *
 * ```
 * indicator,date,value,note
 * deltakere,2025-01-31,12,
 * deltakere,2025-02-28,15,"Ny gruppe startet"
 * ```
 *
 * - The first line names the columns; `indicator`, `date` and `value` are required, `note`
 *   is optional, the order is free, and other columns are ignored. The Norwegian and Danish
 *   headers (`indikator`, `dato`, `verdi`/`værdi`, `merknad`/`notat`/`note`) work too.
 * - The delimiter is a comma or a semicolon (as a Norwegian or Danish spreadsheet saves),
 *   decided by the header line.
 * - `value` takes a decimal point or a decimal comma (`7.5`, `7,5`), and spaces or the
 *   other separator as thousands separators (`1 234,5`, `1.234,5`, `1,234.5`).
 * - `date` is `2025-03-31`, a timestamp `2025-03-31T12:00:00Z`, or `31.03.2025`.
 * - Fields may be quoted with `"`, with `""` for a quote inside; quoted fields may hold
 *   the delimiter and line breaks.
 * - Each indicator's rows are in date order, with one row per indicator and date.
 */
export const CSV_COLUMNS = ['indicator', 'date', 'value', 'note'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const HEADER_ALIASES: Record<string, Column> = {
  indicator: 'indicator',
  indikator: 'indicator',
  id: 'indicator',
  date: 'date',
  dato: 'date',
  value: 'value',
  verdi: 'value',
  værdi: 'value',
  note: 'note',
  merknad: 'note',
  notat: 'note',
  kommentar: 'note',
};

/** Beyond this many, more problems add nothing a person can act on. */
const MAX_PROBLEMS = 50;

export interface CsvParseOptions {
  /** When given, rows for an indicator the plan does not have are problems. */
  plan?: Pick<ImpactPlan, 'indicators'>;
}

/** Reads measurements from CSV text. Never throws; every problem names its line. */
export function parseMeasurementsCsv(text: string, options: CsvParseOptions = {}): Result<MeasurementRow[]> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records = splitRecords(source, delimiter).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records.shift();
  if (!header) return fail({ code: 'no-data', path: [] });

  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = HEADER_ALIASES[unescapeCell(cell).trim().toLowerCase()];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = CSV_COLUMNS.filter((c) => c !== 'note' && !columns.has(c));
  if (missing.length) return fail(...missing.map((column): Problem => ({ code: 'missing-column', path: [], column })));
  if (!records.length) return fail({ code: 'no-data', path: [] });

  const problems: Problem[] = [];
  const rows: MeasurementRow[] = [];
  const lines: number[] = [];
  const cell = (cells: string[], column: Column) => unescapeCell((cells[columns.get(column) ?? -1] ?? '').trim());
  for (const record of records) {
    const indicator = cell(record.cells, 'indicator');
    const dateText = cell(record.cells, 'date');
    const valueText = cell(record.cells, 'value');
    const note = cell(record.cells, 'note');
    const date = parseCsvDate(dateText);
    const value = parseCsvNumber(valueText);
    const before = problems.length;
    if (!idSchema.safeParse(indicator).success) {
      problems.push({ code: 'bad-cell', path: [], line: record.line, column: 'indicator', found: indicator, expected: 'id' });
    }
    if (date === undefined)
      problems.push({ code: 'bad-cell', path: [], line: record.line, column: 'date', found: dateText, expected: 'date' });
    if (value === undefined)
      problems.push({ code: 'bad-cell', path: [], line: record.line, column: 'value', found: valueText, expected: 'number' });
    if (problems.length > before) continue;
    rows.push({ indicator, date: date!, value: value!, ...(note ? { note: note.slice(0, 1000) } : {}) });
    lines.push(record.line);
  }
  problems.push(...checkRows(rows, (index) => ({ path: [], line: lines[index]! })));
  if (options.plan) {
    const known = new Set(options.plan.indicators.map((i) => i.id));
    const reported = new Set<string>();
    rows.forEach((row, index) => {
      if (known.has(row.indicator) || reported.has(row.indicator)) return;
      reported.add(row.indicator);
      problems.push({ code: 'unknown-indicator', path: [], id: row.indicator, line: lines[index]! });
    });
  }
  if (problems.length) return fail(...problems.sort(byLine).slice(0, MAX_PROBLEMS));
  return ok(rows);
}

function byLine(a: Problem, b: Problem): number {
  return lineOf(a) - lineOf(b);
}

function lineOf(problem: Problem): number {
  return 'line' in problem && typeof problem.line === 'number' ? problem.line : 0;
}

/** The header line decides: more semicolons than commas outside quotes means semicolons. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

interface CsvRecord {
  /** 1-based line where the record starts, as a spreadsheet numbers it. */
  line: number;
  cells: string[];
}

/** RFC 4180 records; tolerant of LF or CR line ends and of a quote inside an unquoted field. */
function splitRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      // Spaces before an opening quote (`a, "b"`) are layout, not content.
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return records;
}

/** Undoes the formula-injection guard of `measurementsToCsv`, so an export reads back as written. */
function unescapeCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** `7.5`, `7,5`, `1 234,5`, `1.234,5`, `1,234.5`, `−3` → a number; anything else → undefined. */
export function parseCsvNumber(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    t = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma >= 0) {
    t = t.indexOf(',') === lastComma ? t.replace(',', '.') : t.replace(/,/g, '');
  } else if (lastDot >= 0 && t.indexOf('.') !== lastDot) {
    t = t.replace(/\./g, '');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

/** `2025-03-31`, an ISO timestamp, or `31.03.2025` → the plan's date form; anything else → undefined. */
export function parseCsvDate(text: string): string | undefined {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const candidate = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : text;
  return dateSchema.safeParse(candidate).success && !Number.isNaN(Date.parse(candidate)) ? candidate : undefined;
}

export interface CsvExportOptions {
  /** `;` for spreadsheets set up for Norwegian or Danish, which then also get a decimal comma. */
  delimiter?: ',' | ';';
}

/**
 * A plan's measurements (or rows) as CSV in the documented format, safe to open in a
 * spreadsheet: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading `'` so it cannot run as a formula (OWASP "CSV injection"), and text cells
 * are always quoted. Value cells hold a number we wrote ourselves, which a spreadsheet
 * cannot take for a formula, so a negative value stays `-3` and still sums.
 */
export function measurementsToCsv(
  source: Pick<ImpactPlan, 'indicators'> | readonly MeasurementRow[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const rows = Array.isArray(source) ? (source as readonly MeasurementRow[]) : rowsOf(source as Pick<ImpactPlan, 'indicators'>);
  const lines = [CSV_COLUMNS.join(delimiter)];
  for (const row of rows) {
    const value = Number.isFinite(row.value) ? String(row.value) : '';
    lines.push(
      [
        textCell(row.indicator, delimiter, false),
        textCell(row.date, delimiter, false),
        delimiter === ';' ? value.replace('.', ',') : value,
        row.note ? textCell(row.note, delimiter, true) : '',
      ].join(delimiter),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function textCell(text: string, delimiter: string, alwaysQuote: boolean): string {
  // Text that already starts with quotes before a formula character gets one more, so that
  // the import's removal of one guard quote gives back exactly what was written.
  const guarded = /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  const needsQuotes = alwaysQuote || guarded.includes(delimiter) || /["\r\n]/.test(guarded);
  return needsQuotes ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
