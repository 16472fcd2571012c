// Bulk job cards in real Chromium: what a job says while it runs (the honest estimate: keep it open and press
// Continue, or it finishes in the background within the hour) and once it is done (Done, its counts, Close).
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
import { addStudents } from '../../bench/worlds';
import { launchChromium } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');
const demo = JSON.parse(readFileSync(DEFAULT_SEED_PATH, 'utf8')) as WorldSeed;

function course(name: string) {
  const found = demo.courses.find((c) => c.name === name);
  if (!found) throw new Error(`demo school has no course ${name}`);
  return found;
}

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

async function panelButton(name: string): Promise<void> {
  await panel().getByRole('button', { name, exact: true }).click();
  await settled();
}

async function openAlgebra(): Promise<void> {
  await panel().getByText(ALGEBRA_ROW, { exact: true }).click();
  await settled();
  await panel().locator('.card-title', { hasText: ALGEBRA.name }).waitFor();
}

function engine(): EmulatorEngine {
  if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
  return preview.engine;
}

test('a long job says how long it takes if kept open, and that it finishes in the background within the hour', async () => {
  const emails = addStudents(engine().emu.world, 1_500);
  await openAlgebra();
  await panelButton(en('course.bulk'));
  await panel().getByLabel(en('bulk.field')).fill(emails.join('\n'));
  await panelButton(en('bulk.preview'));
  await panelButton(en('preview.confirm', { count: 1_500 }));
  await panel()
    .locator('.card-title', { hasText: en('job.title', { course: ALGEBRA.name }) })
    .waitFor();
  const text = (await panel().textContent()) ?? '';
  const minutes = /About (\d+) min/.exec(text)?.[1];
  expect(minutes).toBeDefined();
  await panel()
    .getByText(en('job.estimate', { minutes: Number(minutes) }))
    .waitFor();
  await panel()
    .getByRole('button', { name: en('job.continue'), exact: true })
    .waitFor();
  expect(text).not.toContain(en('job.title.done', { course: ALGEBRA.name }));
});

test('a finished job says Done with its counts and offers Close', async () => {
  const emails = addStudents(engine().emu.world, 5);
  await openAlgebra();
  await panelButton(en('course.bulk'));
  await panel().getByLabel(en('bulk.field')).fill(emails.join('\n'));
  await panelButton(en('bulk.preview'));
  await panelButton(en('preview.confirm', { count: 5 }));
  await panel()
    .locator('.card-title', { hasText: en('job.title.done', { course: ALGEBRA.name }) })
    .waitFor();
  await panel()
    .getByText(en('job.counts', { invited: 5, alreadyInvited: 0, alreadyMember: 0, failed: 0 }))
    .waitFor();
  // "Done" is said once, in the header.
  expect(await panel().getByText(en('job.finished'), { exact: true }).count()).toBe(0);
  await panel()
    .getByRole('button', { name: en('job.close'), exact: true })
    .waitFor();
  const text = (await panel().textContent()) ?? '';
  expect(text).not.toContain(en('job.title', { course: ALGEBRA.name }));
  expect(text).not.toContain(en('job.continue'));
});
