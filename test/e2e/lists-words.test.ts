// Words and whole lists, end to end on the built bundle: plurals in French, every entry of every group visible and
// copyable, invalid entries with their reason, disjoint preview groups, invisible characters told, long text cut.
import type { AddonPanel, Clickable } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { ADA, ALGEBRA, pendingOf, school } from './harness';

const en = translator('en');
const fr = translator('fr');
const COURSE_ROW = 'Algebra I · Period 2';

function openCourse(locale = 'en'): { s: ReturnType<typeof school>; p: AddonPanel } {
  const s = school({ latencyMs: 0 });
  const p = s.panel(ADA, { locale });
  p.openHomepage();
  p.click(COURSE_ROW);
  return { s, p };
}

function invite(p: AddonPanel, text: string, button = 'Invite'): string {
  p.fill('emails', text);
  p.click(button);
  expect(p.lastError).toBeNull();
  return p.texts().join('\n');
}

/**
 * Opens the copy card of the group whose title starts with `title`: the buttons carry only a key, so each is tried
 * until the copy card's header names the group.
 */
function openCopy(p: AddonPanel, t: typeof en, title: string): void {
  const copies = p.clickables().filter((c: Clickable) => c.text === t('invite.results.copy'));
  for (const c of copies) {
    p.clickOnClick(c.onClick);
    if (p.card?.header?.title.startsWith(title)) return;
    p.back();
  }
  throw new Error(`No "Copy list" opens a list titled ${title}`);
}

/** The text of the copy card's paragraphs (after its hint), one entry a line. */
function copied(p: AddonPanel, t: typeof en): string[] {
  const texts = p.texts();
  expect(texts[1]).toBe(t('list.hint'));
  return texts.slice(2).join('\n').split('\n');
}

const unknown = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `nobody.${from + i}@demo-school.edu`);

describe('plurals on the results card', () => {
  it('French: one invited and one refused are singular; two are plural', () => {
    const { p } = openCourse('fr');
    const one = invite(p, 'lucas.garcia@demo-school.edu, nope', fr('course.invite.button'));
    expect(one).toContain('1\u00a0invité, 1\u00a0non invité'); // the zero counts left out
    expect(one).not.toMatch(/\b1\s+invités|1\s+non invités|\b0\s+déjà/);
    p.click(fr('invite.backToCourse'));
    const two = invite(p, 'mia.davis@demo-school.edu, ethan.wilson@demo-school.edu, a, b', fr('course.invite.button'));
    expect(two).toContain('2\u00a0invités, 2\u00a0non invités');
    expect(two).toContain(`${fr('invalid.noAt')} : 2`);
  });

  it('English says what "already done" was: already invited (with the role) or already in the course', () => {
    const { p } = openCourse();
    const text = invite(p, 'chloe.dubois@demo-school.edu, liam.chen@demo-school.edu');
    expect(text).toContain('1 already invited, 1 already in the course');
    expect(text).not.toMatch(/\b0 (invited|not invited)/);
    expect(text).toContain('chloe.dubois@demo-school.edu\nAlready invited as Student');
    expect(text).not.toContain('already done');
  });
});

describe('whole lists on the results card', () => {
  it('a failure group of 45 is titled by its reason, lists every address, and copies whole', () => {
    const { p } = openCourse();
    const emails = unknown(45);
    const text = invite(p, emails.join('\n'));
    expect(text).toContain('45 not invited');
    expect(text).not.toMatch(/\b0 /);
    // Titled by the reason, not by one address's message.
    expect(text).toContain(
      en('invite.results.group', {
        title: 'No Google account or course matches. Check the spelling of each address below.',
        count: 45,
      }),
    );
    for (const e of emails) expect(text).toContain(e);
    expect(text).not.toMatch(/and \d+ more/);
    openCopy(p, en, 'No Google account');
    expect(copied(p, en)).toEqual(emails);
  });

  it('"Copy list" carries a short key, the list kept in the user cache; an expired list says so and writes nothing', () => {
    const { s, p } = openCourse();
    invite(p, unknown(300).join('\n'));
    const copy = p.clickables().find((c) => c.text === en('invite.results.copy'))!;
    const params = copy.onClick.action?.parameters ?? [];
    expect(params.map((x) => x.key)).toEqual(['key']);
    expect(params[0]!.value.length).toBeLessThanOrEqual(20);
    // Six hours later the cache has let it go.
    s.emu.clock.advance(6 * 3_600_000 + 1);
    const before = s.writes();
    p.clickOnClick(copy.onClick);
    expect(p.notification).toBe(en('list.expired'));
    expect(s.writes()).toEqual(before);
  });

  it('75 entries with a space, and 11 invalid entries of different kinds: all visible with their reason', () => {
    const { s, p } = openCourse();
    const spaced = Array.from({ length: 75 }, (_, i) => `jane doe${i}@demo-school.edu`);
    const eleven = [
      'nope',
      'a@@b.org',
      'x@demo-school',
      'a@demo-school,edu',
      'é@x.org',
      'two@@at.org',
      'foo',
      'bar',
      'baz@',
      '@qux.org',
      'ünïcode@x',
    ];
    const text = invite(p, [...spaced, ...eleven].join('\n'));
    expect(s.writes()).toEqual([]);
    expect(text).toContain(en('invite.results.group', { title: en('invalid.space'), count: 75 }));
    for (const e of spaced) expect(text).toContain(e);
    for (const e of eleven) expect(text).toContain(e);
    expect(text).toContain(en('invalid.comma'));
    expect(text).toContain(en('invalid.suggestion', { suggestion: 'a@demo-school.edu' }));
    expect(text).toContain(en('invalid.noAt'));
    expect(text).toContain(en('invalid.manyAt'));
    expect(text).toContain('86 not invited');
    openCopy(p, en, en('invalid.space'));
    expect(copied(p, en)).toEqual(spaced);
  });

  it('invisible characters are removed and the user is told; the address is invited', () => {
    const { s, p } = openCourse();
    const text = invite(p, 'mia.davis@demo-\u200Bschool.edu\nethan.wilson@demo-school.edu\uFEFF');
    expect(text).toContain(en('invalid.cleaned', { count: 2 }));
    expect(text).toContain('2 entries had invisible characters');
    expect(pendingOf(s, ALGEBRA)).toEqual(
      expect.arrayContaining(['mia.davis@demo-school.edu STUDENT', 'ethan.wilson@demo-school.edu STUDENT']),
    );
  });

  it('a 10,000-character token is told "too long" and echoed cut, never whole', () => {
    const { s, p } = openCourse();
    const token = `${'x'.repeat(10_000)}@demo-school.edu`;
    const text = invite(p, token);
    expect(s.writes()).toEqual([]);
    expect(text).toContain(en('invalid.tooLong'));
    expect(text).toContain(`${'x'.repeat(79)}…`);
    expect(text).not.toContain('x'.repeat(81));
    expect(Math.max(...p.texts().map((x) => x.length))).toBeLessThan(400);
  });
});

describe('the bulk preview', () => {
  function preview(lines: readonly string[]): { s: ReturnType<typeof school>; p: AddonPanel; text: string } {
    const { s, p } = openCourse();
    p.click(en('course.bulk'));
    p.fill('bulkEmails', lines.join('\n'));
    p.click(en('bulk.preview'));
    expect(p.lastError).toBeNull();
    return { s, p, text: p.texts().join('\n') };
  }

  it('groups are disjoint: 66 inside and 18 outside are counted once, and the button says 84 are sent', () => {
    const inside = unknown(66);
    const outside = Array.from({ length: 18 }, (_, i) => `guest.${i}@freemail.example`);
    const { s, p, text } = preview([...inside, ...outside]);
    const student = en('role.STUDENT');
    expect(text).toContain(en('preview.toInvite', { role: student, count: 66 }));
    expect(text).toContain(en('preview.external', { role: student, count: 18 }));
    expect(text).toContain(en('preview.external.hint'));
    expect(text).toContain(en('preview.confirm.detail', { count: 84, role: student }));
    expect(p.clickables().map((c) => c.text)).toContain('Invite 84 people');
    // A group longer than 30 shows its first 30 and says where the rest is (issue 18: a preview stays short).
    for (const e of [...inside.slice(0, 30), ...outside]) expect(text).toContain(e);
    expect(text).toContain(en('preview.firstLines', { shown: 30, total: 66 }));
    expect(text).not.toMatch(/and \d+ more/);
    openCopy(p, en, 'To invite as Student');
    expect(copied(p, en)).toEqual(inside);
    expect(s.writes()).toEqual([]);
  });

  it('a group of 75 is copyable whole as text, the card showing its first 30; numbers are grouped (1,200)', () => {
    const outside = Array.from({ length: 75 }, (_, i) => `guest.${i}@freemail.example`);
    const inside = unknown(1200);
    const { p, text } = preview([...inside, ...outside]);
    expect(text).toContain(en('preview.toInvite', { role: en('role.STUDENT'), count: 1200 }));
    expect(text).toContain('To invite as Student: 1,200');
    expect(p.clickables().map((c) => c.text)).toContain('Invite 1,275 people');
    for (const e of inside.slice(0, 30)) expect(text).toContain(e);
    expect(text).not.toContain(inside[30]);
    expect(text).toContain('The first 30 of 1,200 are shown here; Copy list has them all.');
    openCopy(p, en, 'Outside your school');
    expect(copied(p, en)).toEqual(outside);
  });
});

describe('open a course by its id', () => {
  it('an id over 100 characters is told its length, not its characters; nothing is read', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel('priya.raman@demo-school.edu');
    p.openHomepage();
    p.universalAction('Look up an invitation');
    const calls = s.emu.api.log.length;
    p.fill('courseId', '1'.repeat(10_000));
    p.click('Open course');
    expect(p.snapshot().notification).toBe('A course ID has at most 100 characters.');
    expect(s.emu.api.log.length).toBe(calls);
  });
});
