// The page in real Chromium against a fake engine: every card widget renders as Google's side panel would, card
// text cannot inject markup, and clicks send the action with the form values the page collected.
import { type RunningPreview, startPreview } from '@classroom-invitations/emulator';
import { launchChromium } from './chromium';
import type { Browser } from './chromium';
import { FakeEngine, HOSTILE } from './fake-engine';

let browser: Browser;
let preview: RunningPreview;
let engine: FakeEngine;

beforeAll(async () => {
  browser = await launchChromium();
});

// When Chromium cannot start, beforeAll's one-line error says why and these hooks have nothing to close.
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  engine = new FakeEngine();
  preview = await startPreview({ port: 0, engine });
  await browser.page.goto(preview.url);
  await browser.page.waitForSelector('body[data-ready="true"]');
});

afterEach(async () => {
  if (!preview) return;
  await preview.close();
});

const panel = () => browser.page.locator('#panel');

/** Waits until the page has no request in flight (the page marks the body busy while it waits for the server). */
async function settled(): Promise<void> {
  await browser.page.waitForFunction(() => !document.body.classList.contains('busy'));
}

test('renders the header, text formatting subset and decorated text', async () => {
  const p = panel();
  await expect(p.locator('.card-title').textContent()).resolves.toBe('Fixture card');
  await expect(p.locator('.card-subtitle').textContent()).resolves.toBe('Every widget');
  await expect(p.locator('.card-header-image.circle').count()).resolves.toBe(1);
  await expect(p.locator('.text-paragraph b').first().textContent()).resolves.toBe('Bold');
  for (const tag of ['i', 'u', 's', 'br'])
    await expect(p.locator(`.text-paragraph ${tag}`).count()).resolves.toBeGreaterThan(0);
  const red = p.locator('.text-paragraph span', { hasText: 'Red words' });
  await expect(red.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(217, 48, 37)');
  await expect(p.getByRole('link', { name: 'a link' }).getAttribute('href')).resolves.toBe(
    'https://classroom.google.com/c/1',
  );
  await expect(p.getByRole('link', { name: 'a link' }).getAttribute('target')).resolves.toBe('_blank');
  await expect(p.locator('.text-paragraph').nth(3).textContent()).resolves.toBe('Tom & Jerry <3 &unknown; 5 > 4');
  const row = p.locator('.decorated-text', { hasText: 'ada@school.example' });
  await expect(row.locator('.dt-top-label').textContent()).resolves.toBe('Invitation');
  await expect(row.locator('.dt-bottom-label').textContent()).resolves.toBe('Student · pending');
  await expect(row.locator('[data-icon="EMAIL"]').count()).resolves.toBe(1);
  await expect(row.getByRole('button', { name: 'Revoke' }).count()).resolves.toBe(1);
  // Labels are plain text in Google's card reference: markup shows as typed; the text renders it.
  const marked = p.locator('.decorated-text', { hasText: 'Marked' });
  await expect(marked.locator('.dt-top-label').textContent()).resolves.toBe('R&amp;D <b>lab</b>');
  await expect(marked.locator('.dt-bottom-label').textContent()).resolves.toBe('x &lt; y');
  await expect(marked.locator('.dt-text b').textContent()).resolves.toBe('Marked');
});

test('card text and input values cannot inject markup or script', async () => {
  const p = panel();
  const hostile = p.locator('.text-paragraph').nth(2);
  const text = await hostile.textContent();
  expect(text).toContain(HOSTILE.script);
  expect(text).toContain(HOSTILE.img);
  expect(text).toContain('bad link');
  await expect(hostile.locator('script, img, a').count()).resolves.toBe(0);
  await hostile.locator('span', { hasText: 'red text' }).hover();
  await expect(p.locator('input[name="note"]').inputValue()).resolves.toBe(HOSTILE.quoteBreak);
  await expect(p.locator('label', { hasText: 'Note' }).textContent()).resolves.toBe(`Note ${HOSTILE.quoteBreak}`);
  await expect(p.locator('input[data-field="courses"]').nth(1).getAttribute('value')).resolves.toBe(
    `c-2${HOSTILE.quoteBreak}`,
  );
  // The message list shows a hostile subject literally too.
  await expect(browser.page.locator('.mail-row-text b').textContent()).resolves.toBe(`Question ${HOSTILE.script}`);
  const injected = await browser.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned,
    handlers: [...document.querySelectorAll('#panel *, #host-view *')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on') || a.value.trim().toLowerCase().startsWith('javascript:')),
    ).length,
  }));
  expect(injected).toEqual({ pwned: undefined, handlers: 0 });
});

test('inputs start from the card values and a click sends the collected form values', async () => {
  const p = panel();
  await expect(p.locator('select[data-field="role"]').inputValue()).resolves.toBe('STUDENT');
  await expect(p.getByRole('radio', { name: 'Tonight' }).isChecked()).resolves.toBe(true);
  await expect(p.getByRole('checkbox', { name: 'Algebra' }).isChecked()).resolves.toBe(true);
  await expect(p.getByRole('switch', { name: 'Notify me' }).isChecked()).resolves.toBe(true);
  await expect(p.locator('.chip').allTextContents()).resolves.toEqual(['Math']);
  await expect(p.locator('textarea[name="emails"]').count()).resolves.toBe(1);
  await expect(p.locator('.ti-hint').first().textContent()).resolves.toBe('One per line');

  await p.getByLabel('Emails').fill('ada@school.example\nbob@school.example');
  await p.locator('select[data-field="role"]').selectOption('TEACHER');
  await p.getByRole('radio', { name: 'Now' }).check();
  await p.getByRole('switch', { name: 'Send email' }).check();
  await p.getByRole('switch', { name: 'Notify me' }).uncheck();
  await p.locator('.ms-dropdown summary').click();
  await p.getByRole('checkbox', { name: 'Science' }).check();
  await p.getByRole('button', { name: 'Show more' }).click();
  await p.getByRole('button', { name: 'Invite' }).click();

  await browser.page.getByRole('status').filter({ hasText: 'Invited 1 person' }).waitFor();
  expect(engine.actions).toHaveLength(1);
  expect(engine.actions[0]!.action).toEqual({ function: 'onInvite', parameters: [{ key: 'courseId', value: 'c-1' }] });
  expect(engine.actions[0]!.formValues).toEqual({
    notify: [],
    sort: ['name'],
    emails: ['ada@school.example\nbob@school.example'],
    note: [HOSTILE.quoteBreak],
    role: ['TEACHER'],
    when: ['now'],
    courses: ['c-1'],
    flags: ['email'],
    tags: ['math', 'science'],
  });
});

test('changing a field with an onChangeAction sends the form values at once', async () => {
  await panel().getByLabel('Sort by').selectOption('date');
  await settled();
  expect(engine.forms).toHaveLength(1);
  expect(engine.forms[0]).toMatchObject({ sort: ['date'], role: ['STUDENT'] });
  expect(engine.actions).toHaveLength(0);
});

test('collapsible sections hide their extra widgets until "Show more"', async () => {
  const p = panel();
  await expect(p.getByRole('button', { name: 'Invite' }).isVisible()).resolves.toBe(true);
  await expect(p.getByText('Courses grid').isVisible()).resolves.toBe(false);
  await p.getByRole('button', { name: 'Show more' }).click();
  await expect(p.getByText('Courses grid').isVisible()).resolves.toBe(true);
  await expect(p.getByRole('img', { name: 'School logo' }).isVisible()).resolves.toBe(true);
  await expect(p.getByRole('button', { name: 'Disabled' }).isDisabled()).resolves.toBe(true);
  await p.getByRole('button', { name: 'Show less' }).click();
  await expect(p.getByText('Courses grid').isVisible()).resolves.toBe(false);
});

test('a grid item click passes its identifier', async () => {
  await panel().getByRole('button', { name: 'Show more' }).click();
  await panel().locator('.grid-item', { hasText: 'Biology' }).click();
  await settled();
  expect(engine.actions).toHaveLength(1);
  expect(engine.actions[0]!.action.parameters).toEqual([{ key: 'grid_item_identifier', value: 'g-2' }]);
});

test('pushed cards show a back arrow that pops them', async () => {
  const back = browser.page.getByRole('button', { name: 'Back', exact: true });
  await expect(back.isVisible()).resolves.toBe(false);
  await panel().getByText('Open course').click();
  await panel().getByText('Second card').waitFor();
  await back.click();
  await panel().getByText('Fixture card').waitFor();
  await expect(back.isVisible()).resolves.toBe(false);
});

test('errors show as an alert toast and the fixed footer opens links the response asked for', async () => {
  await panel().locator('.fixed-footer').getByRole('button', { name: 'Close' }).waitFor();
  await panel().getByRole('button', { name: 'Cancel' }).click();
  await browser.page.getByRole('alert').filter({ hasText: 'onCancel failed: nope' }).waitFor();
  // The link is served locally: the test never touches the network.
  await browser.context.route('https://classroom.google.com/**', (route) => route.fulfill({ body: 'course page' }));
  const popup = browser.context.waitForEvent('page');
  await panel().locator('.fixed-footer').getByRole('button', { name: 'Save' }).click();
  const opened = await popup;
  await opened.waitForLoadState();
  expect(opened.url()).toContain('classroom.google.com/c/saved');
  await opened.close();
  await browser.page.locator('.toast-link', { hasText: 'https://classroom.google.com/c/saved' }).waitFor();
});

test('the ⋮ menu lists the card actions and the universal actions', async () => {
  await browser.page.getByRole('button', { name: 'More actions' }).click();
  const items = await browser.page.getByRole('menuitem').allTextContents();
  expect(items).toEqual(['Refresh card', 'Look up an invitation', 'Settings and about']);
  await browser.page.getByRole('menuitem', { name: 'Look up an invitation' }).click();
  await settled();
  expect(engine.universals).toEqual(['Look up an invitation']);
});

test('selecting a message opens it and the drawer shows calls and triggers', async () => {
  await browser.page.locator('.mail-row').first().click();
  await browser.page.locator('.mail-subject').waitFor();
  expect(engine.messageId).toBe('m-1');
  await browser.page.getByRole('button', { name: 'Developer' }).click();
  const drawer = browser.page.locator('#drawer');
  await drawer.getByText('2 calls in 2 round trips (newest first)').waitFor();
  await expect(drawer.locator('tr.error-row td.status').textContent()).resolves.toBe('409');
  await drawer.getByRole('tab', { name: 'Clock and triggers' }).click();
  await drawer.getByRole('button', { name: 'Run now' }).waitFor();
  await drawer.getByRole('tab', { name: 'Properties and cache' }).click();
  await drawer.getByText('lastCourse').waitFor();
});

test('switching language re-opens the panel in French and localizes the page chrome', async () => {
  await browser.page.getByLabel('Language').selectOption('fr');
  await panel().getByRole('button', { name: 'Afficher plus' }).waitFor();
  expect(engine.selection.locale).toBe('fr');
  await expect(browser.page.locator('html').getAttribute('lang')).resolves.toBe('fr');
});
