// Safe writes in real Chromium: after a role change or a revoke, Back shows the new truth on every card below; a
// co-teacher is never offered Owner. The preview runs the built dist/Code.js on the demo school.
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
import { launchChromium } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');
const demo = JSON.parse(readFileSync(DEFAULT_SEED_PATH, 'utf8')) as WorldSeed;

function user(email: string) {
  const found = demo.users.find((u) => u.email === email);
  if (!found) throw new Error(`demo school has no ${email}`);
  return found;
}

const ALGEBRA = demo.courses.find((c) => c.name === 'Algebra I')!;
const BIOLOGY = demo.courses.find((c) => c.name === 'Biology')!;
const row = (c: typeof ALGEBRA) => `${c.name} · ${c.section ?? ''}`;
const CHLOE = user('chloe.dubois@demo-school.edu');
const YUKI = user('yuki.tanaka@demo-school.edu');
const GRACE = user('grace.hopper@demo-school.edu');
const LIAM = user('liam.chen@demo-school.edu');

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

async function rowButton(rowText: string, name: string): Promise<void> {
  await panel().locator('.decorated-text', { hasText: rowText }).getByRole('button', { name, exact: true }).click();
  await settled();
}

async function openCourse(c: typeof ALGEBRA): Promise<void> {
  await panel().getByText(row(c), { exact: true }).click();
  await settled();
  await panel().locator('.card-title', { hasText: c.name }).waitFor();
}

async function back(): Promise<void> {
  await page().getByRole('button', { name: 'Back', exact: true }).click();
  await settled();
}

function world() {
  if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
  return preview.engine.emu.world.snapshot();
}

test('change a role, press Back: the course shows the new role and Manage opens the new invitation', async () => {
  await openCourse(ALGEBRA);
  await rowButton(CHLOE.name.fullName, en('course.manage'));
  await panel().getByLabel(en('invitation.newRole')).selectOption('TEACHER');
  await panelButton(en('invitation.changeRole'));
  await page()
    .locator('.toast', { hasText: en('done.roleChanged', { email: CHLOE.email, role: en('role.TEACHER') }) })
    .waitFor();
  await back();
  await panel().locator('.card-title', { hasText: ALGEBRA.name }).waitFor();
  const chloeRow = panel().locator('.decorated-text', { hasText: CHLOE.name.fullName });
  await expect(chloeRow.textContent()).resolves.toContain(en('role.TEACHER'));
  await rowButton(CHLOE.name.fullName, en('course.manage'));
  await panel()
    .locator('.card-title', { hasText: en('invitation.title') })
    .waitFor();
  const newId = world().invitations.find((i) => i.userId === CHLOE.id && i.courseId === ALGEBRA.id)!.id;
  await panel()
    .getByText(en('invitation.idLine', { id: newId }))
    .waitFor();
});

test('revoke, press Back: the homepage count is fresh', async () => {
  await openCourse(ALGEBRA);
  await rowButton(YUKI.name.fullName, en('course.manage'));
  await panelButton(en('invitation.revoke'));
  await panelButton(en('revoke.confirm'));
  await page()
    .locator('.toast', { hasText: en('done.revoked') })
    .waitFor();
  await expect(panel().getByText(YUKI.email).count()).resolves.toBe(0);
  await back();
  await panel()
    .getByText(en('home.teaching.pending', { count: 2 }))
    .waitFor();
  expect(world().invitations.some((i) => i.userId === YUKI.id)).toBe(false);
});

test('a co-teacher is not offered Owner', async () => {
  await page().getByLabel('Acting as').selectOption(GRACE.id);
  await settled();
  await openCourse(BIOLOGY);
  await rowButton(LIAM.email, en('course.manage'));
  const options = await panel().getByLabel(en('invitation.newRole')).locator('option').allTextContents();
  expect(options).toEqual([en('role.TEACHER')]);
});
