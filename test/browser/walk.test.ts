// Walking the preview as a teacher would (issue 9, "every screen tells the truth"): after inviting or changing a
// role, the panel's own Back arrow shows cards that are true, with every section they had when first opened.
import { join } from 'node:path';
import { translator } from '../../src/i18n';
import { courseRow, demo, demoCourse, demoUser, usePreview } from './preview-harness';

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
  await expect(panel().locator('.btn-filled').allInnerTexts()).resolves.toEqual([en('home.find.button')]);
});

// The walk at the side panel's narrowest width (320 px), as a teacher, a student and an admin, in English and
// French, pressing Back after each change. With UPDATE_SCREENSHOTS=1 the panel of each screen is saved in
// docs/screenshots/ (the README links them); the assertions hold either way.
describe('the panel at 320 px', () => {
  const fr = translator('fr');
  const shoot = async (name: string) => {
    if (process.env.UPDATE_SCREENSHOTS !== '1') return;
    await panel().screenshot({ path: join(__dirname, '../../docs/screenshots', `${name}.png`) });
  };
  const narrow = async () => {
    await page().addStyleTag({ content: ':root { --panel-width: 320px; }' });
    await page().setViewportSize({ width: 1280, height: 1100 });
  };
  const actAs = async (email: string) => {
    await page().getByLabel('Acting as').selectOption(demoUser(email).id);
    await settled();
  };
  const noClipping = async () => {
    // Every button's text fits its button at this width (no text cut at the panel's edge).
    const clipped = await panel()
      .getByRole('button')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(clipped).toEqual([]);
  };

  test('teacher: what needs her first, a course found by name, the invitation card, Back fresh', async () => {
    await narrow();
    await panel().getByText(en('home.teaching')).waitFor();
    await noClipping();
    await shoot('homepage');
    await panel().getByLabel(en('home.find.field')).fill('ALGÈBRA');
    await panelButton(en('home.find.button'));
    await panel().getByText(courseRow(ALGEBRA), { exact: true }).waitFor();
    await shoot('find-course');
    await panel().getByText(courseRow(ALGEBRA), { exact: true }).click();
    await settled();
    await shoot('course');
    await panelButton(en('course.manage'));
    await noClipping();
    await shoot('invitation');
    await backArrow();
    await backArrow();
    await backArrow();
    await panel().getByText(en('home.teaching')).waitFor();
  });

  test('teacher in French: the homepage and the invitation card, no button text cut', async () => {
    await narrow();
    await page().locator('#locale-select').selectOption('fr');
    await settled();
    await panel().getByText(fr('home.teaching')).waitFor();
    await noClipping();
    await shoot('french');
    await openAlgebra();
    await panelButton(fr('course.manage'));
    await noClipping();
    await shoot('invitation-french');
  });

  test('Gmail: one list of people, the course the message is about, the person card', async () => {
    await narrow();
    const message = demo.messages.find((m) => m.id === 'msg-004')!;
    await page().locator('.mail-row', { hasText: message.subject }).click();
    await settled();
    await panel().getByText(en('gmail.title')).waitFor();
    await noClipping();
    await shoot('gmail-message');
    await panel().locator('.decorated-text', { hasText: 'Amara Okonkwo' }).first().click();
    await settled();
    await noClipping();
    await shoot('gmail-person');
  });

  test('student: her invitations, then "Nothing to accept" once answered, in English and French', async () => {
    await narrow();
    await actAs('chloe.dubois@demo-school.edu');
    await panel().getByText(en('home.forYou')).waitFor();
    await expect(panel().getByText(en('home.teaching')).count()).resolves.toBe(0);
    await shoot('student-homepage');
    await actAs('olivia.martinez@demo-school.edu');
    await panel().getByText(en('home.nothing')).waitFor();
    await expect(panel().getByText(en('home.teaching')).count()).resolves.toBe(0);
    await shoot('student-nothing');
    await page().locator('#locale-select').selectOption('fr');
    await settled();
    await panel().getByText(fr('home.nothing')).waitFor();
    await noClipping();
  });

  test('admin: told how to open any course, finds one by name across the school', async () => {
    await narrow();
    await actAs('priya.raman@demo-school.edu');
    await panel().getByText(en('home.staff')).waitFor();
    await shoot('admin-homepage');
    await panel().getByLabel(en('home.find.field')).fill('chemistry');
    await panelButton(en('home.find.button'));
    await panel().getByText('Chemistry Lab', { exact: false }).first().click();
    await settled();
    await panel().getByText(en('course.provisioned.warn')).waitFor();
    await shoot('admin-course');
  });
});
