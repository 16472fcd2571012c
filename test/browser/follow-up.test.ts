// The follow-up in real Chromium (issue 10): ages on the course card as days pass, the class code and join link,
// and the follow-up settings on the settings card. The preview runs the built dist/Code.js on the demo school.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SEED_PATH,
  EmulatorEngine,
  type RunningPreview,
  startPreview,
  type WorldSeed,
} from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { launchChromium, maybeScreenshot } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');
const demo = JSON.parse(readFileSync(DEFAULT_SEED_PATH, 'utf8')) as WorldSeed;

function course(name: string) {
  const found = demo.courses.find((c) => c.name === name);
  if (!found) throw new Error(`demo school has no course ${name}`);
  return found;
}

const MIA = 'mia.davis@demo-school.edu'; // a student not in Algebra I
const ALGEBRA = course('Algebra I');
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
  await openPage();
});

afterEach(async () => {
  if (!preview) return;
  await preview.close();
  rmSync(stateDir, { recursive: true, force: true });
});

const page = () => browser.page;
const panel = () => browser.page.locator('#panel');

async function openPage(): Promise<void> {
  await page().goto(preview.url, { waitUntil: 'domcontentloaded' });
  await page().waitForSelector('body[data-ready="true"]');
}

/** Waits for the server's answer to the last click (the page marks the body busy meanwhile). */
async function settled(): Promise<void> {
  await page().waitForFunction(() => !document.body.classList.contains('busy'));
}

/** Expects a toast with the text, then dismisses it so it covers nothing for the next step. */
async function toast(text: string): Promise<void> {
  const found = page().locator('.toast', { hasText: text });
  await found.waitFor();
  await found.getByRole('button', { name: 'Dismiss' }).click();
}

async function panelButton(name: string): Promise<void> {
  await panel().getByRole('button', { name, exact: true }).click();
  await settled();
}

async function openAlgebra(): Promise<void> {
  await panel().getByText(ALGEBRA_ROW, { exact: true }).click();
  await settled();
  await panel().locator('.card-title', { hasText: ALGEBRA.name }).waitFor();
}

async function invite(emails: string, role = 'STUDENT'): Promise<void> {
  await panel().getByLabel(en('course.invite.field')).fill(emails);
  await panel().getByLabel(en('role.label'), { exact: true }).selectOption(role);
  await panelButton(en('course.invite.button'));
  await panel()
    .locator('.card-title', { hasText: en('invite.results') })
    .waitFor();
}

function engine(): EmulatorEngine {
  if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
  return preview.engine;
}

const DAY = 86_400_000;

test('the course card shows the age of each invitation, oldest first, and the class code', async () => {
  await openAlgebra(); // the invitations made on the Classroom page are seen now
  engine().emu.clock.advance(60_000); // the preview's clock stands still between clicks
  await invite(MIA);
  await page().getByRole('button', { name: 'Back', exact: true }).click(); // the course
  await settled();
  await page().getByRole('button', { name: 'Back', exact: true }).click(); // the homepage
  await settled();
  engine().emu.clock.advance(10 * DAY);
  await openAlgebra();
  const mia = panel().locator('.decorated-text', { hasText: MIA });
  await expect(mia.textContent()).resolves.toContain('sent 10 days ago by you');
  const rows = await panel()
    .locator('.decorated-text', { hasText: /seen since|sent .* by you/ })
    .allTextContents();
  expect(rows.at(-1)).toContain(MIA); // the newest last
  await panel().getByText(en('classCode.title')).waitFor();
  const link =
    (await panel()
      .getByText(/\?cjc=/)
      .first()
      .textContent()) ?? '';
  const code = link.slice(link.indexOf('cjc=') + 4).trim();
  expect(code).toMatch(/^\w{7}$/);
  await maybeScreenshot(page(), 'course-follow-up');
  await panel().getByText(code, { exact: true }).waitFor();
});

test('the settings card validates the follow-up settings and saves them', async () => {
  await page().getByRole('button', { name: 'More actions' }).click();
  await page()
    .getByRole('menuitem', { name: en('settings.title') })
    .click();
  await settled();
  await panel().getByText(en('sweep.title')).waitFor();
  await panel().getByLabel(en('sweep.remind')).fill('30');
  await panel().getByLabel(en('sweep.withdraw')).fill('10');
  await panelButton(en('sweep.save'));
  await panel().getByText(en('sweep.err.REMIND_NOT_BEFORE_WITHDRAW')).waitFor(); // on the card, not a toast
  await panel().getByLabel(en('sweep.remind')).fill('7');
  await panel().getByLabel(en('sweep.withdraw')).fill('30');
  await panelButton(en('sweep.save'));
  await toast(en('sweep.saved'));
  expect(engine().emu.triggers.map((t) => t.handler)).toEqual(['onJobsTick']);
});
