// Safe writes in real Chromium: after a role change or a revoke, Back shows the new truth on every card below; a
// co-teacher is never offered Owner. The preview runs the built dist/Code.js on the demo school.
import { translator } from '../../src/i18n';
import { demoCourse, demoUser, usePreview } from './preview-harness';

const en = translator('en');

const ALGEBRA = demoCourse('Algebra I');
const BIOLOGY = demoCourse('Biology');
const CHLOE = demoUser('chloe.dubois@demo-school.edu');
const YUKI = demoUser('yuki.tanaka@demo-school.edu');
const GRACE = demoUser('grace.hopper@demo-school.edu');
const LIAM = demoUser('liam.chen@demo-school.edu');

const { page, panel, engine, settled, panelButton, rowButton, openCourse, back } = usePreview();
const world = () => engine().emu.world.snapshot();

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
