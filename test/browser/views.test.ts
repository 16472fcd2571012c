// Views in real Chromium (issues 8 and 9): a course with many pending invitations paged 20 at a time, an invitee
// declining from the homepage after a confirmation, and the Gmail card with nobody ticked and Invite in the fixed
// footer. Texts come from the add-on's own catalogs.
import type { WorldSeed } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { courseRow, demo, demoCourse, usePreview } from './preview-harness';

const en = translator('en');
const ADA = 'ada.lovelace@demo-school.edu';
const CHLOE = 'chloe.dubois@demo-school.edu';
const ALGEBRA = demoCourse('Algebra I');
const ALGEBRA_ROW = courseRow(ALGEBRA);
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

const { page, panel, engine, settled, ...harness } = usePreview({ seed: busySeed, tempPrefix: 'preview-views-' });
const panelButton = (name: string) => harness.panelButton(name, 0);

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
