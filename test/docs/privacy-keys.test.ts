// The privacy policy names everything the add-on stores: the built bundle runs the main journeys in the emulator
// (invite, bulk job, role change, resend, resend job, sweep settings and the hourly sweep with its digest, owner
// transfer, Gmail card and class-code reply, find, accept, Sheets roster sync) while every user and script property
// key and cache key is collected at every service call, and each must match a key pattern of the table in
// docs/privacy.md ("What is stored, where, for how long"), in the right store. A new key fails here until documented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetsPanel, type AddonPanel, type Emulator } from '@classroom-invitations/emulator';
import { addDistrict, DISTRICT_TEACHER, ROSTER_ID } from '../../bench/sheet-world';
import { addStudents } from '../../bench/worlds';
import { translator } from '../../src/i18n';
import { ADA, ALAN, CHLOE, demoSeed, GRACE, ROOT, school } from '../e2e/harness';

const t = translator('en');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALGEBRA_ROW = 'Algebra I · Period 2';
const USERS = [ADA, ALAN, GRACE, CHLOE, DISTRICT_TEACHER];

type Store = 'User properties' | 'User cache' | 'Script properties' | 'Script cache';

/** The rows of docs/privacy.md's key table: `pattern` in the first cell, the store in the second. */
function documentedKeys(): { pattern: string; store: string; re: RegExp }[] {
  const md = readFileSync(join(ROOT, 'docs', 'privacy.md'), 'utf8');
  return [...md.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)].map(([, pattern = '', store = '']) => ({
    pattern,
    store,
    re: new RegExp(
      `^${pattern
        .split(/(\{[A-Za-z]+\})/)
        .map((part) => (/^\{[A-Za-z]+\}$/.test(part) ? '[^:]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    ),
  }));
}

/** Every key seen, with the store it was in and the journey step that wrote it. */
class KeyWatch {
  readonly seen = new Map<string, { store: Store; step: string }>();
  step = 'setup';

  constructor(private readonly emu: Emulator) {
    emu.onServiceCall = () => {
      this.collect();
    };
  }

  collect(): void {
    const note = (store: Store, keys: string[]) => {
      for (const key of keys)
        if (!this.seen.has(`${store}\u0000${key}`)) this.seen.set(`${store}\u0000${key}`, { store, step: this.step });
    };
    for (const user of USERS) {
      if (!this.emu.world.user(user)) continue; // the district teacher arrives with the Sheets journey
      note('User properties', Object.keys(this.emu.userProperties(user)));
      note('User cache', Object.keys(this.emu.userCache(user)));
    }
    note('Script properties', Object.keys(this.emu.scriptProperties()));
  }

  /** At the end: the script cache's raw store (expired entries included, so nothing written escapes). */
  finish(): void {
    this.collect();
    for (const key of Object.keys(this.emu.state().services.caches.script))
      this.seen.set(`Script cache\u0000${key}`, { store: 'Script cache', step: 'any' });
  }
}

function clickIf(p: AddonPanel, text: string | RegExp): boolean {
  const c = p.clickables().find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (c) p.click(c.text);
  return c !== undefined;
}

function ok(p: AddonPanel): void {
  expect(p.lastError).toBeNull();
}

/** The journeys a school would go through, as people would click them; returns what was collected. */
function journeys(): KeyWatch {
  const s = school({ latencyMs: 20 });
  const emu = s.emu;
  const watch = new KeyWatch(emu);
  const panel = (user: string, host: 'GMAIL' | 'DRIVE' = 'DRIVE') => s.panel(user, { host });
  const hourly = () => {
    emu.clock.advance(HOUR);
    emu.runDueTriggers();
  };
  const few = addStudents(emu.world, 3);
  const many = addStudents(emu.world, 60, 100);

  watch.step = 'invite from the course card';
  const ada = panel(ADA);
  ada.openHomepage();
  ada.click(ALGEBRA_ROW);
  ada.fill('emails', few.join(', '));
  ada.click(t('course.invite.button'));
  ok(ada);

  watch.step = 'bulk job';
  ada.openHomepage();
  ada.click(ALGEBRA_ROW);
  ada.fill('emails', many.join('\n'));
  ada.click(t('course.invite.button'));
  expect(clickIf(ada, /^Invite \d+ people$/)).toBe(true);
  ok(ada);
  for (let i = 0; i < 10 && clickIf(ada, t('job.continue')); i++) ok(ada);
  hourly();

  watch.step = 'role change';
  ada.openHomepage();
  ada.click(ALGEBRA_ROW);
  ada.click(t('course.manage'), { row: 'Chloé Dubois' });
  ada.select('newRole', ['TEACHER']);
  ada.click('Change role');
  ok(ada);

  watch.step = 'resend one invitation';
  ada.openHomepage();
  ada.click(ALGEBRA_ROW);
  ada.click(t('course.manage'), { row: 'Learner 0' });
  ada.click(t('invitation.resend'));
  ada.click(t('resend.confirm'));
  ok(ada);

  watch.step = 'resend job (invitations older than 7 days)';
  emu.clock.advance(8 * DAY);
  ada.openHomepage();
  ada.click(ALGEBRA_ROW);
  expect(clickIf(ada, /^Resend /)).toBe(true);
  clickIf(ada, t('resend.confirm'));
  ok(ada);
  hourly();

  watch.step = 'find an invitation';
  ada.openHomepage();
  ada.universalAction('Look up an invitation');
  ada.fill('findQuery', 'learner');
  ada.click(t('home.find.button'));
  ok(ada);

  watch.step = 'sweep settings, the hourly sweep and its digest';
  ada.openHomepage();
  ada.universalAction('Settings and about');
  ada.fill('remindDays', '7');
  ada.fill('maxReminders', '1');
  ada.fill('withdrawDays', '30');
  ada.select('digest', ['daily']);
  ada.click(t('sweep.save'));
  ok(ada);
  emu.clock.advance(DAY);
  hourly();
  expect(emu.sentMails(ADA).length).toBeGreaterThan(0);

  watch.step = 'owner transfer';
  ada.openHomepage();
  ada.click(ALGEBRA_ROW);
  ada.click(t('transfer.offer'));
  ada.fill('transferEmail', GRACE);
  ada.click(t('transfer.start.button'));
  ok(ada);
  const grace = panel(GRACE);
  grace.openHomepage();
  grace.click(t('invitation.accept'), { row: ALGEBRA_ROW });
  hourly();

  watch.step = 'student accepts';
  const chloe = panel(CHLOE);
  chloe.openHomepage();
  chloe.click(t('invitation.accept'), { row: ALGEBRA_ROW });
  ok(chloe);

  watch.step = 'Gmail card, invite from it, reply with the class code';
  const alan = panel(ALAN, 'GMAIL');
  const msg = demoSeed().messages.find((m) => m.owner === ALAN) ?? demoSeed().messages[0]!;
  alan.openMessage({ messageId: msg.id, threadId: msg.threadId });
  ok(alan);
  clickIf(alan, 'Reply with the class code');
  const adaMail = panel(ADA, 'GMAIL');
  adaMail.openMessage({
    messageId: 'msg-004',
    threadId: demoSeed().messages.find((m) => m.id === 'msg-004')!.threadId,
  });
  ok(adaMail);

  watch.step = 'Sheets roster sync';
  const district = addDistrict(emu.world, 3, 4);
  emu.seedSpreadsheet({ id: ROSTER_ID, name: 'Roster', sheets: [{ name: 'Roster', values: district.values }] });
  const sheets = sheetsPanel(emu, { user: DISTRICT_TEACHER, spreadsheetId: ROSTER_ID, autoGrant: true });
  sheets.openHomepage();
  clickIf(sheets, t('sync.grant'));
  sheets.click(t('sync.preview'));
  expect(clickIf(sheets, /^Sync \d+ change/)).toBe(true);
  ok(sheets);
  for (let i = 0; i < 10 && clickIf(sheets, t('job.continue')); i++) ok(sheets);
  hourly();

  watch.finish();
  return watch;
}

describe('docs/privacy.md names every key the add-on stores', () => {
  let watch: KeyWatch;
  const table = documentedKeys();
  beforeAll(() => {
    watch = journeys();
  });

  it('the journeys reached the stores the policy describes (the collection is not empty)', () => {
    const stores = new Set([...watch.seen.values()].map((v) => v.store));
    expect(stores).toEqual(new Set(['User properties', 'User cache', 'Script cache']));
    expect(table.length).toBeGreaterThan(10);
  });

  it('every key written matches a documented pattern in its store', () => {
    // One line per kind of key (ids and addresses folded), naming where it came from and where to document it.
    const shapes = new Map<string, string>();
    for (const [id, { store, step }] of watch.seen) {
      const key = id.split('\u0000')[1] ?? '';
      if (table.some((row) => row.store === store && row.re.test(key))) continue;
      const shape = `${store} ${key.replace(/[^:]+@[^:]+|[0-9a-f]{8}-[0-9a-f-]{27}|\d+/g, '…')}`;
      if (!shapes.has(shape))
        shapes.set(
          shape,
          `"${key}" in ${store} (written during: ${step}) is not in docs/privacy.md: add a row for its pattern ` +
            '(e.g. `prefix:{id}`) to the table under "What is stored, where, for how long", saying what it holds ' +
            'and how long it is kept.',
        );
    }
    const undocumented = [...shapes.values()];
    expect(undocumented).toEqual([]);
  });

  it('nothing goes to script properties or the script cache, which every user shares, but the project quota count', () => {
    // The one shared key: the project's request count (transport/budget.ts), times and numbers and an opaque user key.
    const shared = [...watch.seen].filter(([, v]) => v.store.startsWith('Script')).map(([k]) => k.split('\u0000')[1]);
    expect([...new Set(shared)]).toEqual(['budget:project']);
    expect(table.filter((row) => row.store.startsWith('Script')).map((row) => row.pattern)).toEqual(['budget:project']);
  });
});
