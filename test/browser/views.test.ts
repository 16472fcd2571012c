// Views in real Chromium (issues 8 and 9): a course with many pending invitations paged 20 at a time, an invitee
// declining from the homepage after a confirmation, and the Gmail card with nobody ticked and Invite in the fixed
// footer. Texts come from the add-on's own catalogs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const ADA = 'ada.lovelace@demo-school.edu';
const CHLOE = 'chloe.dubois@demo-school.edu';
const ALGEBRA = demo.courses.find((c) => c.name === 'Algebra I')!;
const ALGEBRA_ROW = `${ALGEBRA.name} · ${ALGEBRA.section ?? ''}`;
const EXTRA = 42;

/** The demo school plus 42 more students invited to Algebra I (45 pending in all). */
function busySeed(): WorldSeed {
  const seed = structuredClone(demo);
  for (let i = 0; i < EXTRA; i++) {
    const id = String(900_000_000_000 + i);
    seed.users.push({
      id,
      email: `extra${i}@demo-school.edu`,
      name: { givenName: 'Extra', familyName: String(i), fullName: `Extra ${i}` },
      kind: 'Student',
    });
    // Ids shaped like Classroom's (base64url of course|user|serial), as the demo school's are.
    const invitationId = Buffer.from(`${ALGEBRA.id}|${id}|${800_000_000_000 + i}`).toString('base64url');
    seed.invitations.push({ id: invitationId, courseId: ALGEBRA.id, userId: id, role: 'STUDENT' });
  }
  return seed;
}

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
  stateDir = mkdtempSync(join(tmpdir(), 'preview-views-'));
  const seedPath = join(stateDir, 'seed.json');
  writeFileSync(seedPath, JSON.stringify(busySeed()));
  preview = await startPreview({ port: 0, seed: seedPath, statePath: join(stateDir, 'state.json') });
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
  await panel().getByRole('button', { name, exact: true }).first().click();
  await settled();
}

function engine(): EmulatorEngine {
  if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
  return preview.engine;
}

test('a course with 45 pending invitations shows 20 at a time, with Next and Previous', async () => {
  await panel().getByText(ALGEBRA_ROW, { exact: true }).click();
  await settled();
  const range = (from: number, to: number) => en('course.pending.range', { from, to, total: 45 });
  await panel().getByText(range(1, 20)).waitFor();
  await expect(
    panel()
      .getByRole('button', { name: en('course.manage'), exact: true })
      .count(),
  ).resolves.toBe(20);
  await panelButton(en('course.pending.next'));
  await panel().getByText(range(21, 40)).waitFor();
  await panelButton(en('course.pending.next'));
  await panel().getByText(range(41, 45)).waitFor();
  await expect(
    panel()
      .getByRole('button', { name: en('course.manage'), exact: true })
      .count(),
  ).resolves.toBe(5);
  await panelButton(en('course.pending.prev'));
  await panel().getByText(range(21, 40)).waitFor();
});

test('an invitee declines from the homepage after a confirmation', async () => {
  const chloe = demo.users.find((u) => u.email === CHLOE)!;
  await page().getByLabel('Acting as').selectOption(chloe.id);
  await settled();
  await panel().getByText(en('home.forYou')).waitFor();
  await maybeScreenshot(page(), 'student-homepage');
  const before = engine()
    .emu.world.allInvitations()
    .filter((i) => i.userId === chloe.id).length;
  await panelButton(en('invitation.decline'));
  await panel().getByText(en('decline.title')).waitFor();
  expect(
    engine()
      .emu.world.allInvitations()
      .filter((i) => i.userId === chloe.id),
  ).toHaveLength(before);
  await panelButton(en('decline.confirm'));
  await panel().getByText(en('home.forYou')).waitFor();
  expect(
    engine()
      .emu.world.allInvitations()
      .filter((i) => i.userId === chloe.id),
  ).toHaveLength(before - 1);
});

test('the Gmail card ticks nobody and keeps Invite in the fixed footer', async () => {
  const message = demo.messages.find((m) => m.id === 'msg-004')!;
  await page().locator('.mail-row', { hasText: message.subject }).click();
  await settled();
  await panel().getByText(en('gmail.title')).waitFor();
  const boxes = panel().locator('input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
  const invite = panel()
    .locator('.fixed-footer')
    .getByRole('button', { name: en('gmail.invite'), exact: true });
  await invite.waitFor();
  expect(await invite.isVisible()).toBe(true);
  expect(engine().state().panel.user).toBe(demo.users.find((u) => u.email === ADA)!.id);
});
