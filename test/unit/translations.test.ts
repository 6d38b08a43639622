import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function units(xliff: string): Unit[] {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)].map(
    (m) => ({ id: m[1]!, source: m[2]!, target: m[3] }),
  );
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('UI translations', () => {
  // Extract the current msg() calls into a scratch directory, so the check sees the code as
  // it is without rewriting the committed XLIFF files.
  const scratch = mkdtempSync(join(tmpdir(), 'xliff-'));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = scratch;
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify({ ...config, tsConfig: join(process.cwd(), 'tsconfig.json') }));
  execFileSync('npx', ['lit-localize', 'extract', '--config', configPath], { stdio: 'pipe' });
  const current = units(readFileSync(join(scratch, 'da.xlf'), 'utf8'));

  for (const locale of ['da', 'en']) {
    it(`${locale}: every message in the code has a translation with the same placeholders`, () => {
      const committed = new Map(units(readFileSync(`xliff/${locale}.xlf`, 'utf8')).map((u) => [u.id, u]));
      const missing = current.filter((u) => !committed.get(u.id)?.target?.trim()).map((u) => u.source);
      assert.deepEqual(missing, [], `untranslated in xliff/${locale}.xlf (run npm run i18n:extract and fill them)`);
      for (const unit of current) {
        assert.deepEqual(placeholders(committed.get(unit.id)!.target!), placeholders(unit.source), unit.source);
      }
    });
  }
});
