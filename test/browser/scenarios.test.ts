// The add-on's stories in real Chromium: the preview runs the built dist/Code.js on the demo school and a person
// clicks through it. Texts come from the add-on's own catalogs, so the tests follow the wording, not a copy of it.
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { courseRow, demo, demoCourse, demoUser, usePreview } from './preview-harness';

const en = translator('en');
const fr = translator('fr');

const userId = (email: string): string => demoUser(email).id;

const ADA = 'ada.lovelace@demo-school.edu'; // teaches Algebra I
const MIA = 'mia.davis@demo-school.edu'; // a student not in Algebra I
const ALGEBRA = demoCourse('Algebra I');
const ALGEBRA_ROW = courseRow(ALGEBRA);

const { page, panel, engine, settled, panelButton, rowButton, openCourse, invite, toast, restart } = usePreview();
const openAlgebra = () => openCourse(ALGEBRA);

async function actAs(email: string): Promise<void> {
  await page().getByLabel('Acting as').selectOption(userId(email));
  await settled();
}

test('a teacher invites a student and sees the result line', async () => {
  await panel().getByText(en('home.teaching')).waitFor();
  await maybeScreenshot(page(), 'homepage');
  await openAlgebra();
  await maybeScreenshot(page(), 'course');
  await invite(MIA);
  const line = panel().locator('.decorated-text', { hasText: MIA });
  await expect(line.textContent()).resolves.toContain(en('invite.result.invited', { role: en('role.STUDENT') }));
  await panel()
    .getByText(en('invite.results.summary', { invited: 1, alreadyInvited: 0, alreadyMember: 0, failed: 0 }))
    .waitFor();
  await maybeScreenshot(page(), 'invite-results');
  const pending = engine()
    .emu.world.snapshot()
    .invitations.filter((i) => i.userId === userId(MIA));
  expect(pending.map((i) => [i.courseId, i.role])).toContainEqual([ALGEBRA.id, 'STUDENT']);
});

test('the student accepts and lands in the course', async () => {
  await openAlgebra();
  await invite(MIA);
  await actAs(MIA);
  await panel().getByText(en('home.forYou')).waitFor();
  await rowButton(ALGEBRA_ROW, en('invitation.accept'));
  await panel()
    .getByText(en('accepted.title', { course: ALGEBRA.name }))
    .waitFor();
  await panel()
    .getByText(en('accepted.body', { course: ALGEBRA.name, role: en('role.STUDENT') }))
    .waitFor();
  const algebra = engine()
    .emu.world.snapshot()
    .courses.find((c) => c.id === ALGEBRA.id)!;
  expect(algebra.students).toContain(userId(MIA));
});

test('the teacher changes a role, then revokes another invitation after confirming', async () => {
  const alan = demo.users.find((u) => u.email === 'alan.turing@demo-school.edu')!;
  const yuki = demo.users.find((u) => u.email === 'yuki.tanaka@demo-school.edu')!;
  await openAlgebra();
  await rowButton(alan.name.fullName, en('course.manage'));
  await panel().getByLabel(en('invitation.newRole')).selectOption('STUDENT');
  await panelButton(en('invitation.changeRole'));
  await toast(en('done.roleChanged', { email: alan.email, role: en('role.STUDENT') }));

  await page().getByRole('button', { name: 'Back', exact: true }).click();
  await settled();
  await rowButton(yuki.name.fullName, en('course.manage'));
  await panelButton(en('invitation.revoke'));
  await panel().getByText(en('revoke.title')).waitFor();
  expect(
    engine()
      .emu.world.snapshot()
      .invitations.some((i) => i.userId === yuki.id),
  ).toBe(true); // not yet
  await panelButton(en('revoke.confirm'));
  await toast(en('done.revoked'));

  const invitations = engine()
    .emu.world.snapshot()
    .invitations.filter((i) => i.courseId === ALGEBRA.id);
  expect(invitations.some((i) => i.userId === yuki.id)).toBe(false);
  expect(invitations.find((i) => i.userId === alan.id)?.role).toBe('STUDENT');
  await expect(panel().getByText(yuki.email).count()).resolves.toBe(0);
});

test('looking up an invitation by id from the universal menu', async () => {
  const alanInvitation = demo.invitations.find(
    (i) => i.courseId === ALGEBRA.id && i.userId === userId('alan.turing@demo-school.edu'),
  )!;
  await page().getByRole('button', { name: 'More actions' }).click();
  await page()
    .getByRole('menuitem', { name: en('home.lookup') })
    .click();
  await settled();
  await panel().getByLabel(en('lookup.field')).fill(alanInvitation.id);
  await panelButton(en('lookup.button'));
  await panel()
    .locator('.card-title', { hasText: en('invitation.title') })
    .waitFor();
  const invitee = panel().locator('.decorated-text', { hasText: en('invitation.invitee') });
  await expect(invitee.textContent()).resolves.toContain('alan.turing@demo-school.edu');
  // The raw id is secondary: a small line at the bottom of the card.
  await panel()
    .getByText(en('invitation.idLine', { id: alanInvitation.id }))
    .waitFor();
});

test('inviting someone who already has an invitation says so in plain language', async () => {
  const chloe = 'chloe.dubois@demo-school.edu'; // already invited to Algebra I as a student
  await openAlgebra();
  await invite(chloe, 'TEACHER');
  const line = panel().locator('.decorated-text', { hasText: chloe });
  await expect(line.textContent()).resolves.toContain(
    en('invite.result.alreadyInvitedAs', { role: en('role.STUDENT') }),
  );
  await panel()
    .getByText(en('invite.results.summary', { invited: 0, alreadyInvited: 1, alreadyMember: 0, failed: 0 }))
    .waitFor();
});

test('switching the language to French shows the add-on in French', async () => {
  await page().getByLabel('Language').selectOption('fr');
  await settled();
  await panel().getByText(fr('home.teaching')).waitFor();
  await panel()
    .getByRole('button', { name: fr('home.refresh') })
    .waitFor();
  await expect(panel().getByText(en('home.teaching')).count()).resolves.toBe(0);
  await maybeScreenshot(page(), 'french');
});

test('other hosts show the homepage', async () => {
  await page().getByRole('tab', { name: 'Drive' }).click();
  await settled();
  await page().locator('.host-placeholder-title', { hasText: 'Drive' }).waitFor();
  await panel().getByText(en('home.teaching')).waitFor();
  expect(engine().state().panel.host).toBe('DRIVE');
});

test('opening a Gmail message shows the contextual card; the drawer shows the API calls', async () => {
  const message = demo.messages.find((m) => m.owner === ADA)!;
  await page().locator('.mail-row', { hasText: message.subject }).click();
  await settled();
  await panel().getByText(en('gmail.title')).waitFor();
  await maybeScreenshot(page(), 'gmail-message');
  await page().getByRole('button', { name: 'Developer' }).click();
  await page().locator('#drawer td', { hasText: 'courses.list' }).first().waitFor();
  await maybeScreenshot(page(), 'drawer');
});

test('a restarted preview keeps the state it saved', async () => {
  await openAlgebra();
  await invite(MIA);
  await restart();
  await actAs(MIA);
  await panel()
    .locator('.decorated-text', { hasText: ALGEBRA_ROW })
    .getByRole('button', { name: en('invitation.accept') })
    .waitFor();
});

test('a teacher pastes a long list, checks the preview, and watches the job finish', async () => {
  const students = demo.users.filter((u) => u.kind === 'Student' && !u.disabled).map((u) => u.email);
  const pasted = [...students, 'jamie.fox@freemail.example', 'not-an-address', students[0]!.toUpperCase()].join('\n');
  await openAlgebra();
  await panelButton(en('course.bulk'));
  await panel().getByLabel(en('bulk.field')).fill(pasted);
  await panelButton(en('bulk.preview'));
  await panel()
    .locator('.card-title', { hasText: en('preview.title') })
    .waitFor();
  const before = engine().emu.api.log.filter((e) => e.method === 'invitations.create').length;
  expect(before).toBe(0); // the preview is a dry run
  await panel()
    .getByText(en('invite.results.group', { title: en('invalid.noAt'), count: 1 }))
    .waitFor();
  await panel()
    .getByText(en('preview.duplicates', { count: 1 }))
    .waitFor();
  await maybeScreenshot(page(), 'bulk-preview');
  const confirm = panel().getByRole('button', { name: /^Invite \d+ people$/ });
  const n = Number(/\d+/.exec((await confirm.textContent()) ?? '')![0]);
  await confirm.click();
  await settled();
  await panel()
    .getByText(en('job.progress', { done: n, total: n }))
    .waitFor();
  await panel()
    .locator('.card-title', { hasText: en('job.title.done', { course: ALGEBRA.name }) })
    .waitFor();
  await maybeScreenshot(page(), 'job-progress');
  const creates = engine().emu.api.log.filter((e) => e.method === 'invitations.create');
  expect(creates).toHaveLength(n);
  expect(new Set(creates.map((e) => e.roundTrip)).size).toBe(1); // one batch request
});
