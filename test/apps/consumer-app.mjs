// The consumer-app tests (Angular, Svelte, React) install the package the way an app gets it
// from npm: `npm pack` of the built package, then `npm install` of that tarball into an app
// with its own package.json and package-lock.json. Installs prefer npm's cache, so a second run
// (and CI with a warm cache) does not go to the registry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const built = existsSync(join(ROOT, 'dist/index.js'));

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: 'pipe' });

/** `npm pack` of the repository (dist/ must be built): the tarball's path. */
export function packTarball() {
  const destination = mkdtempSync(join(tmpdir(), 'samskaping-pack-'));
  const [report] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', destination], ROOT));
  return join(destination, report.filename);
}

/**
 * `npm ci` for the app (skipped when its node_modules is newer than its lock file), then the
 * packed samskaping-elements on top, without touching the app's package.json or lock file.
 */
export function installApp(appDir, tarball) {
  const installed = join(appDir, 'node_modules/.package-lock.json');
  const lock = join(appDir, 'package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) npm(['ci', '--prefer-offline'], appDir);
  npm(['install', '--no-save', '--prefer-offline', tarball], appDir);
}

/** Runs the app's own `npm run build`; throws with the build's output when it fails. */
export function buildApp(appDir) {
  try {
    return execFileSync('npm', ['run', 'build', '--silent'], { cwd: appDir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`npm run build failed in ${appDir}:\n${error.stdout}\n${error.stderr}`, { cause: error });
  }
}
