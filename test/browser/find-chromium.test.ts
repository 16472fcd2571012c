// Where the browser tests find Chromium: CHROMIUM_PATH first, one line naming the fix when it is wrong, and the
// Chromium carried inside @sparticuz/chromium rendering text with its own libraries and fonts, so the last resort
// keeps working on machines whose own Chromium the other browser tests use.
import { launchChromium } from './chromium';
import { findChromium } from './find-chromium';

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
});

test('CHROMIUM_PATH comes first', () => {
  process.env.CHROMIUM_PATH = process.execPath;
  expect(findChromium().executablePath).toBe(process.execPath);
});

test('a CHROMIUM_PATH that is not executable fails with one line naming the fix', () => {
  process.env.CHROMIUM_PATH = '/nowhere/chrome';
  let error: Error | undefined;
  try {
    findChromium();
  } catch (e) {
    error = e as Error;
  }
  expect(error?.stack).toBe(
    'CHROMIUM_PATH=/nowhere/chrome is not an executable file: point it at Chromium or Chrome, or unset it.',
  );
});

// The package carries a Linux x64 build only; elsewhere the search skips it.
const carried = process.platform === 'linux' && process.arch === 'x64' ? test : test.skip;

carried('the Chromium inside @sparticuz/chromium starts and renders text', async () => {
  delete process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_SEARCH = 'bundled';
  expect(findChromium().executablePath).toMatch(/sparticuz-chromium-[\d.]+\/chromium$/);
  const browser = await launchChromium();
  try {
    await browser.page.setContent('<button>Inviter un élève</button>');
    const box = await browser.page.getByRole('button', { name: 'Inviter un élève' }).boundingBox();
    expect(box?.width).toBeGreaterThan(50); // glyphs drawn from the bundled fonts, not zero-width boxes
  } finally {
    await browser.close();
  }
});
