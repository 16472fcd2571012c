// Issue 11 in real Chromium: a Gmail message opens on one line per person across the teacher's courses, and
// "Reply with the class code" opens a draft reply in a compose window (shown, never sent).
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { demo, usePreview } from './preview-harness';

const en = translator('en');
const ASK = demo.messages.find((m) => m.id === 'msg-001')!; // Chloé, invited to Algebra I, asks to join it

const { page, panel, settled } = usePreview();

test('open a message, read the person line, reply with the class code: the draft is shown, not sent', async () => {
  await page().locator('.mail-row', { hasText: ASK.subject }).click();
  await settled();
  const row = panel().locator('.decorated-text', { hasText: 'chloe.dubois@demo-school.edu' });
  await row.getByText('invited to Algebra I as Student').waitFor();
  await panel()
    .getByRole('button', { name: en('gmail.replyCode'), exact: true })
    .click();
  await settled();
  const compose = page().locator('#compose');
  await compose.waitFor();
  expect(await compose.textContent()).toContain('Re: Can I join Algebra I?');
  const body = (await compose.locator('.compose-body').textContent()) ?? '';
  expect(body).toMatch(/^Hello Chloé Dubois,/);
  expect(body).toMatch(/Class code: \w{7}/);
  expect(body).toMatch(/Link: https:\/\/classroom\.google\.com\/c\/\S+\?cjc=\w{7}/);
  await maybeScreenshot(page(), 'gmail-class-code-reply');
  await compose.getByRole('button', { name: 'Close' }).click();
  await settled();
  await compose.waitFor({ state: 'detached' });
});
