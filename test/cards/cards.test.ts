// The views are pure: data in, card out. Checked on the recorded card JSON: escaping of user text, the actions each
// viewer gets, limits of Google's card model.
import { type CardJson, makeCardService } from '@classroom-invitations/emulator';
import { buildCourseCard } from '../../src/cards/course';
import { buildHomeCard } from '../../src/cards/home';
import { buildInvitationCard } from '../../src/cards/invitation';
import { buildResultsCard } from '../../src/cards/results';
import { esc } from '../../src/cards/ui';
import { cardPage, FIRST, SHOWN } from '../../src/domain/list-pages';
import type { Course, InvitationView } from '../../src/domain/types';
import { translator } from '../../src/i18n';

beforeAll(() => {
  (globalThis as Record<string, unknown>).CardService = makeCardService();
});

const t = translator('en');
const json = (card: GoogleAppsScript.Card_Service.Card) => (card as unknown as { json: CardJson }).json;
const text = (card: CardJson) => JSON.stringify(card);
const functions = (card: CardJson) => [...text(card).matchAll(/"function":"(\w+)"/g)].map((m) => m[1]);

const course: Course = {
  id: 'c1',
  name: 'Algebra <I>',
  section: 'P2',
  ownerId: 'o',
  state: 'ACTIVE',
  link: 'https://classroom.google.com/c/x',
};
const page = (length: number, next = '') => cardPage(FIRST, length, next);
const view = (n: number, role: InvitationView['role'] = 'STUDENT'): InvitationView => ({
  id: `i${n}`,
  courseId: 'c1',
  userId: `u${n}`,
  role,
  invitee: { id: `u${n}`, email: `p${n}@x.org`, name: `Bobby <b>Tables</b> ${n}` },
  course,
});

describe('esc', () => {
  it('escapes &, < and >, and leaves quotes as typed', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe(`&lt;a href="x"&gt;'&amp;'&lt;/a&gt;`);
  });
});

describe('course card', () => {
  it('escapes names and course titles in HTML widgets', () => {
    const card = text(json(buildCourseCard(t, { course, pending: [view(1)], page: page(1) })));
    expect(card).toContain('Bobby &lt;b&gt;Tables&lt;/b&gt; 1');
    expect(card).not.toContain('<b>Tables</b>');
  });

  it('shows one page of a long list with where it stands and Next only', () => {
    const pending = Array.from({ length: SHOWN }, (_, i) => view(i));
    const card = json(buildCourseCard(t, { course, pending, page: page(500, 'token') }));
    const section = card.sections.find((s) => s.header?.startsWith('Pending'))!;
    expect(section.header).toBe('Pending invitations (500+)');
    expect(text(card)).toContain('1–20 of 500+');
    expect(functions(card).filter((f) => f === 'onOpenCourse')).toHaveLength(1);
    expect(text(card)).toContain('"text":"Next"');
    expect(text(card)).not.toContain('"text":"Previous"');
  });

  it('requires the address field before the invite action runs', () => {
    const card = text(json(buildCourseCard(t, { course, pending: [], page: page(0) })));
    expect(card).toMatch(/"function":"onInvite".*"requiredWidgets":\["emails"\]/);
  });
});

describe('invitation card', () => {
  it('offers Accept and Decline to the invitee only', () => {
    expect(functions(json(buildInvitationCard(t, { view: view(1), viewer: 'invitee' })))).toEqual(
      expect.arrayContaining(['onAcceptInvitation', 'onDeclineInvitation']),
    );
    const manager = functions(json(buildInvitationCard(t, { view: view(1), viewer: 'manager' })));
    expect(manager).toEqual(expect.arrayContaining(['onChangeRole', 'onRevokeInvitation']));
    expect(manager).not.toContain('onAcceptInvitation');
  });

  it('offers only the other roles in "Change role", and Owner only to the course owner', () => {
    const roles = (mayOfferOwner: boolean) => {
      const card = json(buildInvitationCard(t, { view: view(1, 'TEACHER'), viewer: 'manager', mayOfferOwner }));
      const select = card.sections.flatMap((s) => s.widgets).find((w) => w.selectionInput)!.selectionInput!;
      return select.items.map((i) => i.value);
    };
    expect(roles(true)).toEqual(['STUDENT', 'OWNER']);
    expect(roles(false)).toEqual(['STUDENT']);
  });
});

describe('home and results', () => {
  it('homepage with every list full (150 invitations, jobs and courses) stays within 100 widgets', () => {
    const card = json(
      buildHomeCard(t, {
        me: { id: 'me', email: 'me@x.org', name: 'Me' },
        teaching: { items: Array.from({ length: 20 }, () => ({ course, pending: 3 })), offset: 20, total: 150 },
        forMe: { items: Array.from({ length: 10 }, (_, i) => view(i)), offset: 10, total: 150 },
        jobs: {
          items: Array.from({ length: 20 }, (_, i) => ({ id: `j${i}`, course: 'C', done: 1, total: 2 })),
          offset: 20,
          total: 150,
        },
      }),
    );
    const widgets = card.sections.reduce((n, s) => n + s.widgets.length, 0);
    expect(widgets).toBeLessThanOrEqual(100);
    expect(text(card)).toContain('21–40 of 150');
    expect(text(card)).toContain('11–20 of 150');
  });

  it("homepage without the user's address (Apps Script may not give it) leaves the row out, not empty", () => {
    const card = json(
      buildHomeCard(t, {
        me: { id: 'me', email: '', name: '' },
        teaching: { items: [{ course, pending: 2 }], offset: 0, total: 1 },
        forMe: { items: [], offset: 0, total: 0 },
        jobs: { items: [], offset: 0, total: 0 },
      }),
    );
    expect(text(card)).not.toContain(t('home.signedInAs'));
    expect(functions(card)).toContain('onRefreshHome');
  });

  it('homepage: accept buttons for my invitations, course rows open the course', () => {
    const card = json(
      buildHomeCard(t, {
        me: { id: 'me', email: 'me@x.org', name: 'Me' },
        teaching: { items: [{ course, pending: 2 }], offset: 0, total: 1 },
        forMe: { items: [view(9)], offset: 0, total: 1 },
        jobs: { items: [], offset: 0, total: 0 },
      }),
    );
    expect(functions(card)).toEqual(
      expect.arrayContaining(['onAcceptInvitation', 'onDeclineInvitation', 'onOpenCourse', 'onRefreshHome']),
    );
    expect(text(card)).toContain('2 pending invitations');
  });

  it('results: every address under its group, summary counts, escaped raw input', () => {
    const card = text(
      json(
        buildResultsCard(t, 'c1', 'Algebra', [
          { email: 'a@x.org', status: 'invited', role: 'TEACHER' },
          { email: '<img src=x onerror=alert(1)>', status: 'invalid' },
        ]),
      ),
    );
    expect(card).toContain('1 invited, 1 not invited');
    expect(card).toContain('Invited as Teacher');
    expect(card).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(card).not.toContain('<img');
  });
});
