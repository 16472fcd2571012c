// Owner transfer in real Chromium: the preview runs the built dist/Code.js on the demo school; the owner of a course
// opens it, presses "Transfer ownership", picks a co-teacher, and sees the transfer's status on the wizard and on the
// homepage. Texts come from the add-on's own catalogs.
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { courseRow, demoCourse, demoUser, usePreview } from './preview-harness';

const en = translator('en');

const GRACE = demoUser('grace.hopper@demo-school.edu'); // owns Statistics
const ELENA = demoUser('elena.petrova@partner-college.org'); // co-teaches Statistics
const STATISTICS = demoCourse('Statistics');
const STATISTICS_ROW = courseRow(STATISTICS);

const { page, panel, engine, settled, panelButton } = usePreview();

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
