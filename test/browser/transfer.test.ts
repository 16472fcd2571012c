// Owner transfer in real Chromium: the preview runs the built dist/Code.js on the demo school; the owner of a course
// opens it, presses "Transfer ownership", picks a co-teacher, and sees the transfer's status on the wizard and on the
// homepage. Texts come from the add-on's own catalogs.
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

function user(email: string) {
  const found = demo.users.find((u) => u.email === email);
  if (!found) throw new Error(`demo school has no ${email}`);
  return found;
}

const GRACE = user('grace.hopper@demo-school.edu'); // owns Statistics
const ELENA = user('elena.petrova@partner-college.org'); // co-teaches Statistics
const STATISTICS = demo.courses.find((c) => c.name === 'Statistics')!;
const STATISTICS_ROW = `${STATISTICS.name} · ${STATISTICS.section ?? ''}`;

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

async function panelButton(name: string): Promise<void> {
  await panel().getByRole('button', { name, exact: true }).click();
  await settled();
}

function engine(): EmulatorEngine {
  if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
  return preview.engine;
}

test('the owner transfers a course to a co-teacher: course card → Transfer ownership → pick → status shown', async () => {
  await page().getByLabel('Acting as').selectOption(GRACE.id);
  await settled();
  await panel().getByText(STATISTICS_ROW, { exact: true }).click();
  await settled();
  await panelButton(en('transfer.offer'));
  await panel().getByText(en('transfer.start.intro')).waitFor();
  await panel().getByRole('radio', { name: ELENA.name.fullName }).check();
  await panelButton(en('transfer.start.button'));

  const status = en('transfer.status.awaitOwner.today', { name: ELENA.name.fullName });
  await panel().getByText(status, { exact: true }).waitFor();
  await panel()
    .getByText(`▶ ${en('transfer.step.awaitOwner', { name: ELENA.name.fullName })}`)
    .waitFor();
  const pending = engine()
    .emu.world.snapshot()
    .invitations.filter((i) => i.courseId === STATISTICS.id && i.userId === ELENA.id);
  expect(pending.map((i) => i.role)).toEqual(['OWNER']);
  await maybeScreenshot(page(), 'owner-transfer');

  // The homepage shows the same line, under the course's name.
  await page().getByLabel('Acting as').selectOption(GRACE.id);
  await settled();
  await panel().getByText(en('transfer.home')).waitFor();
  await panel().getByText(status, { exact: true }).waitFor();
});
