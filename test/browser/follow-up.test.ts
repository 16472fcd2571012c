// The follow-up in real Chromium (issue 10): ages on the course card as days pass, the class code and join link,
// and the follow-up settings on the settings card. The preview runs the built dist/Code.js on the demo school.
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { demoCourse, usePreview } from './preview-harness';

const en = translator('en');

const MIA = 'mia.davis@demo-school.edu'; // a student not in Algebra I
const ALGEBRA = demoCourse('Algebra I');

const { page, panel, engine, settled, panelButton, openCourse, invite, toast } = usePreview();
const openAlgebra = () => openCourse(ALGEBRA);

const DAY = 86_400_000;

test('the course card shows the age of each invitation, oldest first, and the class code', async () => {
  await openAlgebra(); // the invitations made on the Classroom page are seen now
  engine().emu.clock.advance(60_000); // the preview's clock stands still between clicks
  await invite(MIA);
  await page().getByRole('button', { name: 'Back', exact: true }).click(); // the course
  await settled();
  await page().getByRole('button', { name: 'Back', exact: true }).click(); // the homepage
  await settled();
  engine().emu.clock.advance(10 * DAY);
  await openAlgebra();
  const mia = panel().locator('.decorated-text', { hasText: MIA });
  await expect(mia.textContent()).resolves.toContain('sent 10 days ago by you');
  const rows = await panel()
    .locator('.decorated-text', { hasText: /seen since|sent .* by you/ })
    .allTextContents();
  expect(rows.at(-1)).toContain(MIA); // the newest last
  await panel().getByText(en('classCode.title')).waitFor();
  const link =
    (await panel()
      .getByText(/\?cjc=/)
      .first()
      .textContent()) ?? '';
  const code = link.slice(link.indexOf('cjc=') + 4).trim();
  expect(code).toMatch(/^\w{7}$/);
  await maybeScreenshot(page(), 'course-follow-up');
  await panel().getByText(code, { exact: true }).waitFor();
});

test('the settings card validates the follow-up settings and saves them', async () => {
  await page().getByRole('button', { name: 'More actions' }).click();
  await page()
    .getByRole('menuitem', { name: en('settings.title') })
    .click();
  await settled();
  await panel().getByText(en('sweep.title')).waitFor();
  await panel().getByLabel(en('sweep.remind')).fill('30');
  await panel().getByLabel(en('sweep.withdraw')).fill('10');
  await panelButton(en('sweep.save'));
  await panel().getByText(en('sweep.err.REMIND_NOT_BEFORE_WITHDRAW')).waitFor(); // on the card, not a toast
  await panel().getByLabel(en('sweep.remind')).fill('7');
  await panel().getByLabel(en('sweep.withdraw')).fill('30');
  await panelButton(en('sweep.save'));
  await toast(en('sweep.saved'));
  expect(engine().emu.triggers.map((t) => t.handler)).toEqual(['onJobsTick']);
});
