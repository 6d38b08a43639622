import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { measurementsToCsv, parseCsvDate, parseCsvNumber, parseMeasurementsCsv } from '../../src/core/soimpact/csv.js';
import {
  parseMeasurementList,
  planFromMeasurements,
  withMeasurements,
  type MeasurementRow,
} from '../../src/core/soimpact/measurements.js';
import { createIndicator, createPlan, parsePlan, withIndicator } from '../../src/core/soimpact/plan.js';
import { type Problem } from '../../src/core/problems.js';
import { describeProblem } from '../../src/i18n/problems.js';

function problemsOf<T>(result: { ok: true; value: T } | { ok: false; problems: Problem[] }): Problem[] {
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems;
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; problems: Problem[] }): T {
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.value;
}

describe('CSV import of measurements', () => {
  it('reads the documented columns with a header row', () => {
    const rows = valueOf(
      parseMeasurementsCsv('indicator,date,value,note\ndeltakere,2025-01-31,12,\ndeltakere,2025-02-28,15,Ny gruppe\n'),
    );
    assert.deepEqual(rows, [
      { indicator: 'deltakere', date: '2025-01-31', value: 12 },
      { indicator: 'deltakere', date: '2025-02-28', value: 15, note: 'Ny gruppe' },
    ]);
  });

  it('takes semicolons, decimal commas, CRLF, a BOM, quoted fields and any column order', () => {
    const text =
      '\ufeffvalue;note;date;indicator\r\n7,5;"Sa ""hei""; og gikk\r\nvidere";2025-01-31;trygghet\r\n"1 234,5";;31.03.2025;trygghet\r\n';
    const rows = valueOf(parseMeasurementsCsv(text));
    assert.deepEqual(rows, [
      { indicator: 'trygghet', date: '2025-01-31', value: 7.5, note: 'Sa "hei"; og gikk\r\nvidere' },
      { indicator: 'trygghet', date: '2025-03-31', value: 1234.5 },
    ]);
  });

  it('accepts Norwegian and Danish headers and ignores other columns', () => {
    const rows = valueOf(parseMeasurementsCsv('Indikator;Dato;Værdi;Kilde\njob;2025-01-01;3;NAV\n'));
    assert.deepEqual(rows, [{ indicator: 'job', date: '2025-01-01', value: 3 }]);
  });

  it('reports every missing column', () => {
    const problems = problemsOf(parseMeasurementsCsv('indicator,when,amount\na,2025-01-01,1\n'));
    assert.deepEqual(
      problems.map((p) => p.code === 'missing-column' && p.column),
      ['date', 'value'],
    );
  });

  it('reports non-numeric values and bad dates with their line', () => {
    const problems = problemsOf(
      parseMeasurementsCsv('indicator,date,value\na,2025-01-01,ti\na,2025-13-01,3\nA B,2025-02-01,4\n'),
    );
    assert.deepEqual(
      problems.map((p) => (p.code === 'bad-cell' ? [p.line, p.column, p.found] : p.code)),
      [
        [2, 'value', 'ti'],
        [3, 'date', '2025-13-01'],
        [4, 'indicator', 'A B'],
      ],
    );
    assert.match(describeProblem(problems[0]!), /Linje 2.*«ti».*ikke et tall/);
  });

  it('reports dates out of order per indicator, and a second row for the same date', () => {
    const text = 'indicator,date,value\na,2025-02-01,1\nb,2025-01-01,1\na,2025-01-01,2\nb,2025-01-01,3\n';
    const problems = problemsOf(parseMeasurementsCsv(text));
    assert.deepEqual(
      problems.map((p) => [p.code, 'line' in p ? p.line : undefined]),
      [
        ['out-of-order', 4],
        ['duplicate-row', 5],
      ],
    );
  });

  it('reports indicators the plan does not have, once each', () => {
    const plan = withIndicator(createPlan(), createIndicator('a', 'A'));
    const problems = problemsOf(
      parseMeasurementsCsv('indicator,date,value\na,2025-01-01,1\nzz,2025-01-01,1\nzz,2025-02-01,1\n', { plan }),
    );
    assert.deepEqual(problems, [{ code: 'unknown-indicator', path: [], id: 'zz', line: 3 }]);
  });

  it('says when there is nothing to read', () => {
    assert.equal(problemsOf(parseMeasurementsCsv(''))[0]!.code, 'no-data');
    assert.equal(problemsOf(parseMeasurementsCsv('indicator,date,value\n\n'))[0]!.code, 'no-data');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', ' ', '-', '.', "'", '=') }), (tail) => {
        const result = parseMeasurementsCsv(`indicator,date,value\n${tail}`);
        assert.equal(typeof result.ok, 'boolean');
      }),
    );
  });
});

describe('numbers and dates in CSV cells', () => {
  it('parses the forms people type', () => {
    const cases: Array<[string, number | undefined]> = [
      ['7.5', 7.5],
      ['7,5', 7.5],
      ['-3', -3],
      ['\u22123', -3],
      ['1 234', 1234],
      ['1\u00a0234,5', 1234.5],
      ['1.234,5', 1234.5],
      ['1,234.5', 1234.5],
      ['1.234.567', 1234567],
      ['1e3', 1000],
      ['', undefined],
      ['12%', undefined],
      ['ti', undefined],
      ['1,2,3.4.5', undefined],
      ['=1+1', undefined],
    ];
    for (const [text, expected] of cases) assert.equal(parseCsvNumber(text), expected, text);
  });

  it('parses ISO dates, timestamps and dd.mm.yyyy, and nothing else', () => {
    assert.equal(parseCsvDate('2025-03-31'), '2025-03-31');
    assert.equal(parseCsvDate('2025-03-31T12:00:00Z'), '2025-03-31T12:00:00Z');
    assert.equal(parseCsvDate('1.3.2025'), '2025-03-01');
    assert.equal(parseCsvDate('2025-02-30'), undefined);
    assert.equal(parseCsvDate('mars 2025'), undefined);
  });
});

describe('CSV export of measurements', () => {
  const plan = withIndicator(
    withIndicator(createPlan(), {
      ...createIndicator('a', 'A'),
      measurements: [
        { date: '2025-01-01', value: -2.5, note: '=HYPERLINK("http://evil.example","klikk")' },
        { date: '2025-02-01', value: 3, note: '+47 og @bruker, "sitat"' },
      ],
    }),
    {
      ...createIndicator('b', 'B'),
      measurements: [
        { date: '2025-01-01', value: 1, note: '\tfane' },
        { date: '2025-02-01', value: 1, note: '-minus\r\nny linje' },
      ],
    },
  );

  it('guards every text cell that could start a formula (OWASP)', () => {
    const csv = measurementsToCsv(plan);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'indicator,date,value,note');
    assert.equal(lines[1], `a,2025-01-01,-2.5,"'=HYPERLINK(""http://evil.example"",""klikk"")"`);
    assert.equal(lines[2], `a,2025-02-01,3,"'+47 og @bruker, ""sitat"""`);
    assert.equal(lines[3], `b,2025-01-01,1,"'\tfane"`);
    assert.ok(csv.includes(`"'-minus\r\nny linje"`));
    // No cell, quoted or not, begins with a formula character; a minus only starts a number.
    assert.doesNotMatch(csv, /(^|[,\n])"?([=+@\t\r]|-[^\d])/m);
  });

  it('reads back exactly what it wrote, with commas or semicolons', () => {
    for (const delimiter of [',', ';'] as const) {
      const rows = valueOf(parseMeasurementsCsv(measurementsToCsv(plan, { delimiter })));
      assert.deepEqual(rows, [
        { indicator: 'a', date: '2025-01-01', value: -2.5, note: '=HYPERLINK("http://evil.example","klikk")' },
        { indicator: 'a', date: '2025-02-01', value: 3, note: '+47 og @bruker, "sitat"' },
        { indicator: 'b', date: '2025-01-01', value: 1, note: '\tfane' },
        { indicator: 'b', date: '2025-02-01', value: 1, note: '-minus\r\nny linje' },
      ]);
    }
    assert.ok(measurementsToCsv(plan, { delimiter: ';' }).includes('a;2025-01-01;-2,5;'));
  });

  it('round-trips notes that already start with a guard quote', () => {
    const rows: MeasurementRow[] = [
      { indicator: 'a', date: '2020-01-01', value: 0, note: "'-" },
      { indicator: 'a', date: '2020-01-02', value: 1, note: "''=1+1" },
      { indicator: 'a', date: '2020-01-03', value: 2, note: "'plain" },
    ];
    const csv = measurementsToCsv(rows);
    assert.ok(csv.includes(`"''-"`) && csv.includes(`"'''=1+1"`) && csv.includes(`"'plain"`), csv);
    assert.deepEqual(valueOf(parseMeasurementsCsv(csv)), rows);
  });

  it('round-trips any measurements (property)', () => {
    const row = fc.record(
      {
        indicator: fc.constantFrom('a', 'b-2', 'c9'),
        value: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        note: fc.string({ maxLength: 30 }),
      },
      { requiredKeys: ['indicator', 'value'] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom(',' as const, ';' as const), (raw, delimiter) => {
        const rows: MeasurementRow[] = raw.map((r, i) => ({
          indicator: r.indicator,
          date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
          value: Object.is(r.value, -0) ? 0 : r.value,
          ...(r.note && r.note.trim() === r.note && r.note !== '' ? { note: r.note } : {}),
        }));
        const back = parseMeasurementsCsv(measurementsToCsv(rows, { delimiter }));
        if (rows.length === 0) return assert.equal(back.ok, false);
        assert.deepEqual(valueOf(back), rows);
      }),
    );
  });
});

describe('JSON measurements and plans', () => {
  it('validates a JSON list of measurements with the same checks as CSV', () => {
    assert.equal(valueOf(parseMeasurementList('[{"indicator":"a","date":"2025-01-01","value":1}]')).length, 1);
    const problems = problemsOf(
      parseMeasurementList([
        { indicator: 'a', date: '2025-02-01', value: 1 },
        { indicator: 'a', date: '2025-01-01', value: 'x' },
      ]),
    );
    assert.deepEqual(problems[0]!.path, [1, 'value']);
    assert.equal(
      problemsOf(
        parseMeasurementList([
          { indicator: 'a', date: '2025-02-01', value: 1 },
          { indicator: 'a', date: '2025-01-01', value: 2 },
        ]),
      )[0]!.code,
      'out-of-order',
    );
    assert.equal(problemsOf(parseMeasurementList('[]'))[0]!.code, 'no-data');
    assert.equal(problemsOf(parseMeasurementList('[{'))[0]!.code, 'not-json');
  });

  it('puts measurements into a plan, replacing or merging, and checks the result', () => {
    const plan = withIndicator(createPlan(), {
      ...createIndicator('a', 'A', 'output', 'share'),
      measurements: [{ date: '2025-01-01', value: 10 }],
    });
    const rows = [{ indicator: 'a', date: '2025-02-01', value: 20 }];
    assert.deepEqual(valueOf(withMeasurements(plan, rows, 'replace')).indicators[0]!.measurements, [
      { date: '2025-02-01', value: 20 },
    ]);
    assert.deepEqual(
      valueOf(withMeasurements(plan, rows, 'merge')).indicators[0]!.measurements.map((m) => m.value),
      [10, 20],
    );
    assert.equal(
      problemsOf(withMeasurements(plan, [{ indicator: 'x', date: '2025-01-01', value: 1 }]))[0]!.code,
      'unknown-indicator',
    );
    assert.equal(problemsOf(withMeasurements(plan, [{ indicator: 'a', date: '2025-01-01', value: 101 }]))[0]!.code, 'too-big');
    const bare = planFromMeasurements([...rows, { indicator: 'b', date: '2025-01-01', value: 1 }]);
    assert.deepEqual(
      bare.indicators.map((i) => i.id),
      ['a', 'b'],
    );
    assert.equal(parsePlan(bare).ok, true);
  });

  it('refuses a target equal to the baseline, and a newer plan format', () => {
    const plan = withIndicator(createPlan(), {
      ...createIndicator('a', 'A'),
      baseline: { value: 5, date: '2025-01-01' },
      target: { value: 5, date: '2026-01-01' },
    });
    const problems = problemsOf(parsePlan(plan));
    assert.deepEqual(problems[0], { code: 'target-equals-baseline', path: ['indicators', 0, 'target', 'value'], value: 5 });
    assert.match(describeProblem(problems[0]!), /^indicators\[0\]\.target\.value: Måltallet er det samme som nullpunktet/);
    assert.equal(problemsOf(parsePlan({ ...createPlan(), format: 'soimpact-plan@3' }))[0]!.code, 'newer-format');
    assert.equal(problemsOf(parsePlan('{"format":"samson-response@1"}'))[0]!.code, 'unknown-format');
    const extra = valueOf(parsePlan({ ...createPlan(), surprise: true })) as Record<string, unknown>;
    assert.equal('surprise' in extra, false);
  });
});
