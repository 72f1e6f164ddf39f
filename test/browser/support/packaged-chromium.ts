import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const PACKAGE = path.join(ROOT, 'node_modules', '@sparticuz', 'chromium');

/**
 * The Chromium that `npm install` brings (`@sparticuz/chromium` ships it brotli-packed in the
 * registry package: no install script, no download). Unpacked once per version into the temp
 * directory; later runs reuse it.
 *
 * The package unpacks into `os.tmpdir()` itself and trusts any file already there, so a
 * half-written binary (an interrupted first run, or two Jest workers unpacking at once) would be
 * launched forever after. Hence: unpack in a child process whose TMPDIR is a private staging
 * directory, then rename the whole directory into place, which is atomic; the loser of a race
 * drops its copy. A child process also keeps the package's ES module out of Jest's CommonJS.
 */
export function packagedChromium(): string {
  const { version } = JSON.parse(readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const home = path.join(os.tmpdir(), `newsgraph-chromium-${version}`);
  const binary = path.join(home, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${home}.partial-`);
  try {
    const script = "import c from '@sparticuz/chromium'; process.stdout.write(await c.executablePath());";
    const unpacked = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: staging },
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (unpacked !== path.join(staging, 'chromium')) {
      throw new Error(`@sparticuz/chromium unpacked to ${JSON.stringify(unpacked)}, expected ${staging}/chromium`);
    }
    try {
      renameSync(staging, home);
    } catch (error) {
      // Another process renamed its copy first: use that one.
      if (!existsSync(binary)) throw error;
    }
    return binary;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
