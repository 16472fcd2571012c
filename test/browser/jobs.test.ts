// Bulk job cards in real Chromium: what a job says while it runs (the honest estimate: keep it open and press
// Continue, or it finishes in the background within the hour) and once it is done (Done, its counts, Close).
import { translator } from '../../src/i18n';
import { addStudents } from '../../bench/worlds';
import { demoCourse, usePreview } from './preview-harness';

const en = translator('en');

const ALGEBRA = demoCourse('Algebra I');

const { panel, engine, panelButton, openCourse } = usePreview();
const openAlgebra = () => openCourse(ALGEBRA);

test('a long job says how long it takes if kept open, and that it finishes in the background within the hour', async () => {
  const emails = addStudents(engine().emu.world, 1_500);
  await openAlgebra();
  await panelButton(en('course.bulk'));
  await panel().getByLabel(en('bulk.field')).fill(emails.join('\n'));
  await panelButton(en('bulk.preview'));
  await panelButton(en('preview.confirm', { count: 1_500 }));
  await panel()
    .locator('.card-title', { hasText: en('job.title', { course: ALGEBRA.name }) })
    .waitFor();
  const text = (await panel().textContent()) ?? '';
  const minutes = /About (\d+) min/.exec(text)?.[1];
  expect(minutes).toBeDefined();
  await panel()
    .getByText(en('job.estimate', { minutes: Number(minutes) }))
    .waitFor();
  await panel()
    .getByRole('button', { name: en('job.continue'), exact: true })
    .waitFor();
  expect(text).not.toContain(en('job.title.done', { course: ALGEBRA.name }));
});

test('a finished job says Done with its counts and offers Close', async () => {
  const emails = addStudents(engine().emu.world, 5);
  await openAlgebra();
  await panelButton(en('course.bulk'));
  await panel().getByLabel(en('bulk.field')).fill(emails.join('\n'));
  await panelButton(en('bulk.preview'));
  await panelButton(en('preview.confirm', { count: 5 }));
  await panel()
    .locator('.card-title', { hasText: en('job.title.done', { course: ALGEBRA.name }) })
    .waitFor();
  await panel()
    .getByText(en('job.counts', { invited: 5, alreadyInvited: 0, alreadyMember: 0, failed: 0 }))
    .waitFor();
  // "Done" is said once, in the header.
  expect(await panel().getByText(en('job.finished'), { exact: true }).count()).toBe(0);
  await panel()
    .getByRole('button', { name: en('transfer.close'), exact: true })
    .waitFor();
  const text = (await panel().textContent()) ?? '';
  expect(text).not.toContain(en('job.title', { course: ALGEBRA.name }));
  expect(text).not.toContain(en('job.continue'));
});
