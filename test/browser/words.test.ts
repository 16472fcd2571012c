// Words and whole lists in real Chromium: the French results card agrees with each count, and "Copy list" opens a
// card with every address of a group as selectable text.
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { courseRow, demoCourse, usePreview } from './preview-harness';

const en = translator('en');
const fr = translator('fr');
const ALGEBRA_ROW = courseRow(demoCourse('Algebra I'));

const { page, panel, settled } = usePreview();

async function inviteInAlgebra(t: typeof en, emails: string): Promise<void> {
  await panel().getByText(ALGEBRA_ROW, { exact: true }).click();
  await settled();
  await panel().getByLabel(t('course.invite.field')).fill(emails);
  await panel()
    .getByRole('button', { name: t('course.invite.button'), exact: true })
    .click();
  await settled();
}

test('French results card: singular for one, plural for two, each count on its own', async () => {
  await page().getByLabel('Language').selectOption('fr');
  await settled();
  await panel().getByText(fr('home.teaching')).waitFor();
  await inviteInAlgebra(fr, 'mia.davis@demo-school.edu, nope, a b@demo-school.edu');
  await panel().getByText('1\u00a0invité, 2\u00a0non invités').waitFor();
  await panel().getByText(fr('invalid.noAt')).waitFor();
  await panel().getByText(fr('invalid.space')).waitFor();
  await maybeScreenshot(page(), 'results-french');
  await expect(panel().getByText('1 invités').count()).resolves.toBe(0);
});

test('"Copy list" shows every address of a failure group as selectable text', async () => {
  const unknown = Array.from({ length: 12 }, (_, i) => `nobody.${i}@demo-school.edu`);
  await inviteInAlgebra(en, unknown.join('\n'));
  await panel().getByText('12 not invited', { exact: false }).waitFor();
  await panel()
    .getByRole('button', { name: en('invite.results.copy'), exact: true })
    .click();
  await settled();
  await panel().getByText(en('list.hint')).waitFor();
  const text = await panel().innerText();
  for (const email of unknown) expect(text).toContain(email);
  await maybeScreenshot(page(), 'copy-list');
});
