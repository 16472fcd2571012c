// Words and whole lists in real Chromium: the French results card agrees with each count, and "Copy list" opens a
// card with every address of a group as selectable text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_PATH, type RunningPreview, startPreview, type WorldSeed } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { launchChromium, maybeScreenshot } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');
const fr = translator('fr');
const demo = JSON.parse(readFileSync(DEFAULT_SEED_PATH, 'utf8')) as WorldSeed;
const ALGEBRA = demo.courses.find((c) => c.name === 'Algebra I')!;
const ALGEBRA_ROW = `${ALGEBRA.name} · ${ALGEBRA.section ?? ''}`;

let browser: Browser;
let preview: RunningPreview;
let stateDir: string;

beforeAll(async () => {
  browser = await launchChromium();
});

// When Chromium cannot start, beforeAll's one-line error says why and these hooks have nothing to close.
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'preview-state-'));
  preview = await startPreview({ port: 0, seed: DEFAULT_SEED_PATH, statePath: join(stateDir, 'state.json') });
  await page().goto(preview.url, { waitUntil: 'domcontentloaded' });
  await page().waitForSelector('body[data-ready="true"]');
});

afterEach(async () => {
  if (!preview) return;
  await preview.close();
  rmSync(stateDir, { recursive: true, force: true });
});

const page = () => browser.page;
const panel = () => browser.page.locator('#panel');

async function settled(): Promise<void> {
  await page().waitForFunction(() => !document.body.classList.contains('busy'));
}

async function inviteInAlgebra(t: typeof en, emails: string): Promise<void> {
  await panel().getByText(ALGEBRA_ROW, { exact: true }).click();
  await settled();
  await panel().getByLabel(t('course.invite.field')).fill(emails);
  await panel()
    .getByRole('button', { name: t('course.invite.button'), exact: true })
    .click();
  await settled();
}

test('French results card: singular for one, plural for two, each count on its own', async () => {
  await page().getByLabel('Language').selectOption('fr');
  await settled();
  await panel().getByText(fr('home.teaching')).waitFor();
  await inviteInAlgebra(fr, 'mia.davis@demo-school.edu, nope, a b@demo-school.edu');
  await panel().getByText('1\u00a0invité, 2\u00a0non invités').waitFor();
  await panel().getByText(fr('invalid.noAt')).waitFor();
  await panel().getByText(fr('invalid.space')).waitFor();
  await maybeScreenshot(page(), 'results-french');
  await expect(panel().getByText('1 invités').count()).resolves.toBe(0);
});

test('"Copy list" shows every address of a failure group as selectable text', async () => {
  const unknown = Array.from({ length: 12 }, (_, i) => `nobody.${i}@demo-school.edu`);
  await inviteInAlgebra(en, unknown.join('\n'));
  await panel().getByText('12 not invited', { exact: false }).waitFor();
  await panel()
    .getByRole('button', { name: en('invite.results.copy'), exact: true })
    .click();
  await settled();
  await panel().getByText(en('list.hint')).waitFor();
  const text = await panel().innerText();
  for (const email of unknown) expect(text).toContain(email);
  await maybeScreenshot(page(), 'copy-list');
});
