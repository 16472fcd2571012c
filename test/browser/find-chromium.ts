// Finds the Chromium the browser tests drive, so `npm test` needs nothing but Node and npm: CHROMIUM_PATH, else an
// installed Chromium or Chrome, else the one carried inside the @sparticuz/chromium package (inflated once into the
// temp directory; nothing is downloaded). CHROMIUM_SEARCH=bundled skips the installed ones, to test that last path.
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FoundChromium {
  executablePath: string;
  /** Extra environment the executable needs (the bundled one brings its own NSS libraries and fonts). */
  env: Record<string, string>;
}

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const NOT_FOUND =
  'No Chromium for the browser tests: run `npm ci` (it brings @sparticuz/chromium), install chromium, or set CHROMIUM_PATH.';

export function findChromium(): FoundChromium {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!isExecutable(chosen))
      throw oneLine(`CHROMIUM_PATH=${chosen} is not an executable file: point it at Chromium or Chrome, or unset it.`);
    return { executablePath: chosen, env: {} };
  }
  const installed = process.env.CHROMIUM_SEARCH === 'bundled' ? undefined : findInstalled();
  if (installed) return { executablePath: installed, env: {} };
  const bundled = bundledChromium();
  if (bundled) return bundled;
  throw oneLine(NOT_FOUND);
}

function findInstalled(): string | undefined {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .flatMap((dir) => (dir ? NAMES.map((n) => join(dir, n)) : []));
  return [...INSTALLED, ...onPath].find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Inflates the package's brotli files into a staging directory, then renames it into place so parallel suites
 *  never see a half-written binary; later runs reuse it. */
function bundledChromium(): FoundChromium | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined; // the package's only build
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const bin = join(dirname(entry), '..', 'bin');
  const { version } = JSON.parse(readFileSync(join(bin, '..', 'package.json'), 'utf8')) as { version: string };
  const dir = join(tmpdir(), `sparticuz-chromium-${version}`);
  const found: FoundChromium = {
    executablePath: join(dir, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
  if (existsSync(found.executablePath)) return found;
  const staging = mkdtempSync(`${dir}.tmp-`);
  try {
    inflateInto(staging, entry, bin);
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`,
    );
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
    // Another suite got there first; a directory left without its binary will not repair itself.
    if (!existsSync(found.executablePath)) throw oneLine(`${dir} is incomplete: delete it and run the tests again.`);
  }
  return found;
}

/** The package is ESM-only and writes into os.tmpdir(), so it runs in a child Node pointed at the staging directory.
 *  Its executablePath() inflates the binary, fonts and SwiftShader; the NSS libraries it only inflates on AWS
 *  Lambda, and a bare Linux machine lacks them too. */
function inflateInto(staging: string, entry: string, bin: string): void {
  const script = `const m = await import(process.argv[1]); await m.default.executablePath(process.argv[2]);
    await m.inflate(process.argv[2] + '/al2023.tar.br');`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(entry).href, bin], {
    env: { ...process.env, TMPDIR: staging },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** An error whose report is its message alone: the fix, without a stack trace around it. */
function oneLine(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}
