// The views are pure: data in, card out. Checked on the recorded card JSON: escaping of user text, the actions each
// viewer gets, limits of Google's card model.
import { type CardJson, makeCardService } from '@classroom-invitations/emulator';
import { buildCourseCard, PAGE } from '../../src/cards/course';
import { buildHomeCard } from '../../src/cards/home';
import { buildInvitationCard } from '../../src/cards/invitation';
import { buildResultsCard } from '../../src/cards/results';
import { esc } from '../../src/cards/ui';
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
const view = (n: number, role: InvitationView['role'] = 'STUDENT'): InvitationView => ({
  id: `i${n}`,
  courseId: 'c1',
  userId: `u${n}`,
  role,
  invitee: { id: `u${n}`, email: `p${n}@x.org`, name: `Bobby <b>Tables</b> ${n}` },
  course,
});

describe('esc', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('course card', () => {
  it('escapes names and course titles in HTML widgets', () => {
    const card = text(json(buildCourseCard(t, { course, pending: [view(1)], offset: 0 })));
    expect(card).toContain('Bobby &lt;b&gt;Tables&lt;/b&gt; 1');
    expect(card).not.toContain('<b>Tables</b>');
  });

  it('pages long lists under the 100-widget section limit with "Show more"', () => {
    const pending = Array.from({ length: 130 }, (_, i) => view(i));
    const card = json(buildCourseCard(t, { course, pending, offset: 0 }));
    const section = card.sections.find((s) => s.header?.startsWith('Pending'))!;
    expect(section.widgets.filter((w) => w.decoratedText)).toHaveLength(PAGE);
    expect(text(card)).toContain(`Show ${PAGE} more`);
  });

  it('requires the address field before the invite action runs', () => {
    const card = text(json(buildCourseCard(t, { course, pending: [], offset: 0 })));
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
  it('homepage: accept buttons for my invitations, course rows open the course', () => {
    const card = json(
      buildHomeCard(t, {
        me: { id: 'me', email: 'me@x.org', name: 'Me' },
        teaching: [{ course, pending: 2 }],
        forMe: [view(9)],
        jobs: [],
      }),
    );
    expect(functions(card)).toEqual(
      expect.arrayContaining(['onAcceptInvitation', 'onOpenCourse', 'onRefreshHome', 'onShowLookup']),
    );
    expect(text(card)).toContain('2 pending invitations');
  });

  it('results: one line per address, summary counts, escaped raw input', () => {
    const card = text(
      json(
        buildResultsCard(t, 'c1', 'Algebra', [
          { email: 'a@x.org', status: 'invited', role: 'TEACHER' },
          { email: '<img src=x onerror=alert(1)>', status: 'invalid' },
        ]),
      ),
    );
    expect(card).toContain('1 invited, 0 already done, 1 not invited');
    expect(card).toContain('Invited as Teacher');
    expect(card).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(card).not.toContain('<img');
  });
});
