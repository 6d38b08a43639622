/**
 * The React wrappers (src/react/*.ts) are generated from the custom elements manifest by
 * scripts/generate-react.mjs and committed. `npm run build` regenerates them, so after a build
 * the working tree is always fresh: what can be stale is the committed copy, which an app that
 * installs from git, the Storybook and the type tests read. Needs `npm run build` first
 * (dist/custom-elements.json).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../bench/lib/bundle.mjs';

const manifest = join(ROOT, 'dist', 'custom-elements.json');
const git = (...args: string[]) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' });
const inGit = git('rev-parse', '--is-inside-work-tree').stdout.trim() === 'true';

describe('the generated React wrappers', { skip: existsSync(manifest) ? false : 'npm run build first' }, () => {
  it('match what scripts/generate-react.mjs makes from the manifest', () => {
    const check = spawnSync(process.execPath, ['scripts/generate-react.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it(
    'are committed as generated (no difference from git’s copy, no new wrapper left out)',
    { skip: inGit ? false : 'not a git checkout' },
    () => {
      const changed = execFileSync('git', ['-C', ROOT, 'diff', '--name-only', '--', 'src/react'], { encoding: 'utf8' }).trim();
      const untracked = git('ls-files', '--others', '--exclude-standard', '--', 'src/react').stdout.trim();
      assert.equal(
        [changed, untracked].filter(Boolean).join('\n'),
        '',
        'the React wrappers differ from the committed ones: commit src/react/ as npm run build wrote it',
      );
    },
  );
});
