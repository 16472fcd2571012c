// Issue 11 in real Chromium: a Gmail message opens on one line per person across the teacher's courses, and
// "Reply with the class code" opens a draft reply in a compose window (shown, never sent).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_PATH, type RunningPreview, startPreview, type WorldSeed } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { launchChromium } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');
const demo = JSON.parse(readFileSync(DEFAULT_SEED_PATH, 'utf8')) as WorldSeed;
const ASK = demo.messages.find((m) => m.id === 'msg-001')!; // Chloé, invited to Algebra I, asks to join it

let browser: Browser;
let preview: RunningPreview;
let stateDir: string;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'preview-state-'));
  preview = await startPreview({ port: 0, seed: DEFAULT_SEED_PATH, statePath: join(stateDir, 'state.json') });
  await browser.page.goto(preview.url, { waitUntil: 'domcontentloaded' });
  await browser.page.waitForSelector('body[data-ready="true"]');
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

test('open a message, read the person line, reply with the class code: the draft is shown, not sent', async () => {
  await page().locator('.mail-row', { hasText: ASK.subject }).click();
  await settled();
  const row = panel().locator('.decorated-text', { hasText: 'chloe.dubois@demo-school.edu' });
  await row.getByText('invited to Algebra I as Student').waitFor();
  await panel()
    .getByRole('button', { name: en('gmail.replyCode'), exact: true })
    .click();
  await settled();
  const compose = page().locator('#compose');
  await compose.waitFor();
  expect(await compose.textContent()).toContain('Re: Can I join Algebra I?');
  const body = (await compose.locator('.compose-body').textContent()) ?? '';
  expect(body).toMatch(/^Hello Chloé Dubois,/);
  expect(body).toMatch(/Class code: \w{7}/);
  expect(body).toMatch(/Link: https:\/\/classroom\.google\.com\/c\/\S+\?cjc=\w{7}/);
  await compose.getByRole('button', { name: 'Close' }).click();
  await settled();
  await compose.waitFor({ state: 'detached' });
});
