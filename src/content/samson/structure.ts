import type { Result } from '../../core/problems.js';
import { parseInstrument, type Instrument } from '../../core/samson/instrument.js';

/**
 * SAMSON 1.1's skeleton: the values, fields and statements with their value tags and the seed
 * lines they rest on (document:lines, documents in /shared/seeds: 000 handbook, 001 research
 * report, 002 final report). Words live in the language files (nb.json, nn.json, da.json, en.json), which
 * {@link instrumentFromWords} joins with this, so every language has the same ids, tags and sources by
 * construction. docs/instrument-1.1.md lists what changed from 1.0 and why.
 */
export const SAMSON_VERSION = '1.1.0';

export const VALUE_IDS = ['apenhet', 'demokrati', 'kreativitet', 'ledelse'] as const;
type ValueId = (typeof VALUE_IDS)[number];

interface StatementSkeleton {
  id: string;
  values: ValueId[];
  source: string;
}

export const FIELDS: ReadonlyArray<{ id: string; statements: StatementSkeleton[] }> = [
  {
    id: 'likeverdighet',
    statements: [
      { id: 'likeverdighet-1', values: ['demokrati', 'kreativitet'], source: '000:1386-1391; 001:4374-4376' },
      { id: 'likeverdighet-2', values: ['apenhet', 'ledelse'], source: '000:1395-1397; 001:3585-3587' },
      { id: 'likeverdighet-10', values: ['demokrati'], source: '000:1397-1406; 001:3589-3595' },
      { id: 'likeverdighet-4', values: ['demokrati'], source: '001:4380-4386; 001:4406-4418' },
      { id: 'likeverdighet-5', values: ['demokrati', 'apenhet'], source: '000:1412-1416; 002:2480-2482' },
      { id: 'likeverdighet-11', values: ['ledelse', 'demokrati'], source: '000:1418-1422; 002:2631-2635' },
      { id: 'likeverdighet-7', values: ['demokrati', 'ledelse'], source: '001:4849-4850; 000:1322-1324' },
      { id: 'likeverdighet-8', values: ['demokrati'], source: '001:4914-4915; 000:1202-1206' },
      { id: 'likeverdighet-12', values: ['demokrati', 'apenhet'], source: '000:1865-1873' },
    ],
  },
  {
    id: 'felles-mal',
    statements: [
      { id: 'felles-mal-9', values: ['ledelse', 'demokrati'], source: '000:1427-1430; 000:1875-1883' },
      { id: 'felles-mal-2', values: ['demokrati'], source: '000:1875-1879' },
      { id: 'felles-mal-10', values: ['apenhet'], source: '000:1441-1444; 001:3629-3632' },
      { id: 'felles-mal-4', values: ['ledelse'], source: '000:1427-1428; 001:5097-5098' },
      { id: 'felles-mal-5', values: ['apenhet'], source: '000:1452-1459; 001:3641-3645' },
      { id: 'felles-mal-6', values: ['demokrati'], source: '000:1459-1464; 001:3645-3648' },
      { id: 'felles-mal-7', values: ['ledelse'], source: '001:3635-3639; 001:4947-4948' },
      { id: 'felles-mal-8', values: ['kreativitet'], source: '001:3650-3652; 001:4424-4432' },
      { id: 'felles-mal-11', values: ['demokrati'], source: '001:4433-4441' },
    ],
  },
  {
    id: 'kommunikasjon',
    statements: [
      { id: 'kommunikasjon-1', values: ['ledelse', 'apenhet'], source: '000:1516-1518; 001:4449-4451' },
      { id: 'kommunikasjon-2', values: ['apenhet'], source: '001:3676; 000:1507-1510' },
      { id: 'kommunikasjon-3', values: ['demokrati'], source: '000:1516-1520; 002:2554-2558' },
      { id: 'kommunikasjon-8', values: ['apenhet', 'ledelse'], source: '000:1512-1514; 001:3660-3661' },
      { id: 'kommunikasjon-9', values: ['demokrati', 'apenhet'], source: '000:1537-1547; 001:3700-3705' },
      { id: 'kommunikasjon-10', values: ['demokrati', 'kreativitet'], source: '002:2568-2572' },
      { id: 'kommunikasjon-7', values: ['apenhet'], source: '000:1549-1557; 000:1885-1889' },
    ],
  },
  {
    id: 'forankring',
    statements: [
      { id: 'forankring-1', values: ['demokrati'], source: '001:3749-3752; 000:1903-1904' },
      { id: 'forankring-10', values: ['demokrati'], source: '000:1600-1601; 001:3750-3752' },
      { id: 'forankring-14', values: ['demokrati', 'ledelse'], source: '000:1595-1598; 000:1617-1618' },
      { id: 'forankring-3', values: ['apenhet'], source: '002:2362-2372' },
      { id: 'forankring-4', values: ['demokrati'], source: '000:1604-1609; 001:3753-3756' },
      { id: 'forankring-12', values: ['apenhet', 'ledelse'], source: '000:1906-1912; 001:4965-4966' },
      { id: 'forankring-7', values: ['apenhet', 'ledelse'], source: '000:1626-1635' },
      { id: 'forankring-8', values: ['apenhet'], source: '000:1903-1906; 001:4467-4470' },
      { id: 'forankring-9', values: ['ledelse'], source: '002:2424-2432' },
    ],
  },
  {
    id: 'tilrettelegging',
    statements: [
      { id: 'tilrettelegging-1', values: ['ledelse'], source: '000:1639-1653; 002:2585-2589' },
      { id: 'tilrettelegging-2', values: ['demokrati', 'ledelse'], source: '000:1655-1659; 001:5043-5044' },
      { id: 'tilrettelegging-3', values: ['apenhet', 'ledelse'], source: '000:1657-1659; 002:2627-2629' },
      { id: 'tilrettelegging-10', values: ['demokrati', 'ledelse'], source: '000:1661-1664; 000:1125-1129' },
      { id: 'tilrettelegging-5', values: ['ledelse'], source: '001:3784-3788' },
      { id: 'tilrettelegging-11', values: ['kreativitet', 'ledelse'], source: '000:1669-1674; 001:3795-3797' },
      { id: 'tilrettelegging-7', values: ['demokrati', 'ledelse'], source: '000:1675-1678; 002:2607-2609' },
      { id: 'tilrettelegging-8', values: ['demokrati'], source: '000:1694-1701; 002:2545-2551' },
      { id: 'tilrettelegging-9', values: ['apenhet', 'ledelse'], source: '000:1659-1661; 002:2517-2521' },
    ],
  },
  {
    id: 'ressursfokus',
    statements: [
      { id: 'ressursfokus-1', values: ['kreativitet'], source: '000:1709-1719; 001:3823-3827' },
      { id: 'ressursfokus-2', values: ['kreativitet'], source: '000:1723-1730; 000:1740-1744' },
      { id: 'ressursfokus-9', values: ['kreativitet'], source: '000:1914-1920' },
      { id: 'ressursfokus-10', values: ['demokrati', 'kreativitet'], source: '001:3827-3828; 001:3547-3548' },
      { id: 'ressursfokus-11', values: ['apenhet', 'kreativitet'], source: '000:1753-1757' },
      { id: 'ressursfokus-6', values: ['apenhet', 'kreativitet'], source: '000:1922-1926' },
      { id: 'ressursfokus-7', values: ['kreativitet'], source: '001:3843-3845' },
      { id: 'ressursfokus-12', values: ['demokrati'], source: '001:4526-4531' },
    ],
  },
  {
    id: 'kompetansekomplementaritet',
    statements: [
      { id: 'kompetansekomplementaritet-1', values: ['kreativitet'], source: '001:4980; 001:3849-3854' },
      { id: 'kompetansekomplementaritet-2', values: ['demokrati'], source: '000:1212-1215; 001:3451-3454; 001:4541-4543' },
      { id: 'kompetansekomplementaritet-3', values: ['demokrati', 'kreativitet'], source: '000:1803-1809; 001:3888-3893' },
      { id: 'kompetansekomplementaritet-10', values: ['apenhet', 'demokrati'], source: '001:3880-3886; 000:1212-1215' },
      { id: 'kompetansekomplementaritet-5', values: ['apenhet'], source: '000:1830-1838; 002:2394-2396' },
      { id: 'kompetansekomplementaritet-6', values: ['kreativitet'], source: '001:3870-3878' },
      { id: 'kompetansekomplementaritet-7', values: ['apenhet', 'kreativitet'], source: '000:1928-1931' },
      { id: 'kompetansekomplementaritet-8', values: ['kreativitet'], source: '000:1840-1841; 000:1859-1862' },
      { id: 'kompetansekomplementaritet-11', values: ['kreativitet', 'ledelse'], source: '001:4543-4549' },
    ],
  },
];

/** The words of SAMSON in one language, keyed by the skeleton's ids (the form of `nb.json`). */
export interface InstrumentTexts {
  locale: string;
  title: string;
  values: Record<ValueId, { name: string; description: string; question: string }>;
  fields: Record<string, { name: string; description: string; prompt?: string; statements: Record<string, string> }>;
  guidance: Instrument['guidance'];
  collaboration?: Instrument['collaboration'];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * Joins a language's words with the skeleton, without validating: for the bokmål copy in the
 * entry, whose schema check would cost the first render several milliseconds of zod (it is
 * checked by test/unit/content-json.test.ts instead). Everything else goes through
 * {@link instrumentFromWords}.
 */
export function assembleWords(input: unknown): Instrument {
  const texts = record(input);
  const values = record(texts['values']);
  const fields = record(texts['fields']);
  return {
    format: 'samson-instrument@1',
    id: 'samson',
    version: SAMSON_VERSION,
    locale: texts['locale'],
    title: texts['title'],
    values: VALUE_IDS.map((id) => ({ id, ...record(values[id]) })),
    fields: FIELDS.map((field) => {
      const words = record(fields[field.id]);
      const statements = record(words['statements']);
      return {
        id: field.id,
        name: words['name'],
        description: words['description'],
        ...(words['prompt'] === undefined ? {} : { prompt: words['prompt'] }),
        statements: field.statements.map((s) => ({ id: s.id, text: statements[s.id], values: [...s.values], source: s.source })),
      };
    }),
    guidance: texts['guidance'],
    ...(texts['collaboration'] === undefined ? {} : { collaboration: texts['collaboration'] }),
  } as Instrument;
}

/**
 * Joins a language's words with the skeleton, then validates the result with the instrument
 * schema, so a missing or empty text is a problem with its path (`fields[2].statements[0].text`),
 * never an instrument with a hole in it. A whole `samson-instrument@1` document is validated as it is.
 */
export function instrumentFromWords(input: unknown): Result<Instrument> {
  if (record(input)['format'] !== undefined) return parseInstrument(input);
  return parseInstrument(assembleWords(input));
}
