// Walking the preview as a teacher would (issue 9, "every screen tells the truth"): after inviting or changing a
// role, the panel's own Back arrow shows cards that are true, with every section they had when first opened.
import { translator } from '../../src/i18n';
import { demo, demoCourse, usePreview } from './preview-harness';

const en = translator('en');
const ALGEBRA = demoCourse('Algebra I');
const PENDING = demo.invitations.filter((i) => i.courseId === ALGEBRA.id).length;
const MIA = 'mia.davis@demo-school.edu'; // a student not in Algebra I

const { page, panel, settled, panelButton: pressNth, openCourse, back: backArrow } = usePreview();

/** The first button of that name on the panel (the walk presses the first one, as a person would). */
const panelButton = (name: string, nth = 0) => pressNth(name, nth);

const openAlgebra = () => openCourse(ALGEBRA);

const cardTitle = (text: string) => panel().locator('.card-title', { hasText: text });

test('after inviting, Back shows the new invitation on the course and the new count on the homepage', async () => {
  await openAlgebra();
  await panel().getByLabel(en('course.invite.field')).fill(`${MIA}, jane doe@demo-school.edu`);
  await panelButton(en('course.invite.button'));
  await cardTitle(en('invite.results')).waitFor();
  await backArrow();
  await cardTitle(ALGEBRA.name).waitFor();
  await panel()
    .getByText(en('course.pending', { count: PENDING + 1 }))
    .waitFor();
  await panel().locator('.decorated-text', { hasText: MIA }).waitFor();
  await panel()
    .getByRole('button', { name: en('transfer.offer') })
    .waitFor(); // still the whole course card
  await backArrow();
  await panel()
    .getByText(en('home.teaching.pending', { count: PENDING + 1 }))
    .waitFor();
});

test('after a role change, Back shows the course with every section it had, the transfer offer included', async () => {
  await openAlgebra();
  await panel()
    .getByRole('button', { name: en('transfer.offer') })
    .waitFor();
  await panelButton(en('course.manage'));
  await panel().getByLabel(en('invitation.newRole'), { exact: true }).selectOption('TEACHER');
  await panelButton(en('invitation.changeRole'));
  await backArrow();
  await cardTitle(ALGEBRA.name).waitFor();
  await panel()
    .getByRole('button', { name: en('transfer.offer') })
    .waitFor();
});

test('in French a role inside a sentence is written in lower case, as French does', async () => {
  const fr = translator('fr');
  await page().locator('#locale-select').selectOption('fr');
  await settled();
  const chloe = demo.users.find((u) => u.email === 'chloe.dubois@demo-school.edu');
  await page()
    .locator('#user-select')
    .selectOption(chloe?.id ?? '');
  await settled();
  await panel().getByText('Invité comme élève', { exact: true }).first().waitFor();
  await panelButton(fr('invitation.accept'));
  await panel().getByText(`Vous avez rejoint ${ALGEBRA.name} comme élève.`).waitFor();
});

test('a course without co-teachers asks for the new owner’s address alone, not "Or an email address"', async () => {
  await openAlgebra(); // Ada's Algebra I has no co-teacher
  await panelButton(en('transfer.offer'));
  await panel().getByText(en('transfer.start.intro.noCoTeacher')).waitFor();
  await panel().getByLabel(en('transfer.start.email.only')).waitFor();
  await expect(panel().getByText(en('transfer.start.email')).count()).resolves.toBe(0);
});

test('refused follow-up settings are explained on the card, with a warning icon and the numbers as typed', async () => {
  await page().getByRole('button', { name: 'More actions' }).click();
  await page()
    .getByRole('menuitem', { name: en('settings.title') })
    .click();
  await settled();
  await panel().getByLabel(en('sweep.remind')).fill('abc');
  await panel().getByLabel(en('sweep.max')).fill('9');
  await panelButton(en('sweep.save'));
  const reasons = [
    en('sweep.err.REMIND_DAYS_OUT_OF_RANGE', { min: 1, max: 60 }),
    en('sweep.err.MAX_REMINDERS_OUT_OF_RANGE', { min: 1, max: 5 }),
  ];
  for (const reason of reasons) {
    await panel().locator('.decorated-text', { hasText: reason }).waitFor();
  }
  await expect(page().locator('.toast').count()).resolves.toBe(0);
  await expect(panel().getByLabel(en('sweep.remind')).inputValue()).resolves.toBe('abc');
  await expect(panel().getByLabel(en('sweep.max')).inputValue()).resolves.toBe('9');
});

test('the look-up card has one filled primary action, Find by email; Look up and Open course are text buttons', async () => {
  await page().getByRole('button', { name: 'More actions' }).click();
  await page()
    .getByRole('menuitem', { name: en('home.lookup') })
    .click();
  await settled();
  await panel().getByLabel(en('find.field')).waitFor();
  await expect(panel().locator('.btn-filled').allInnerTexts()).resolves.toEqual([en('find.button')]);
});
