// The main journeys once per reading of each Google behaviour the emulator assumes without a Google source
// (docs/assumptions.md): each either works or the add-on says plainly what is not possible.
import type { ClassroomWorld } from '@classroom-invitations/emulator';
import { ADA, ALAN, ALGEBRA, CHLOE, GRACE, demoSeed, pendingOf, school, type School } from './harness';

interface Variant {
  name: string;
  apply: (w: ClassroomWorld) => void;
}

const VARIANTS: Variant[] = [
  { name: 'defaults (member pages of 30, invitee may delete and read, list by user filtered)', apply: () => {} },
  // The ids switch (`invitationIds`) lives on the world of branches with stable ids; elsewhere this is the default.
  { name: 'invitation ids new per create', apply: (w) => Object.assign(w, { invitationIds: 'perCreate' }) },
  { name: 'member pages of 500', apply: (w) => (w.memberPageCap = 500) },
  { name: 'the invitee may not delete their invitation', apply: (w) => (w.inviteeMayDelete = false) },
  { name: 'the invitee may not read the course', apply: (w) => (w.inviteeMayReadCourse = false) },
  { name: 'profiles outside shared courses refused', apply: (w) => (w.profileVisibility = 'courses') },
  { name: "a list by another user's id refused", apply: (w) => (w.listByOtherUser = 'refused') },
  { name: 'students may accept in a PROVISIONED course', apply: (w) => (w.provisionedAccept = 'allowed') },
];

function setup(v: Variant): School {
  const s = school({ latencyMs: 0 });
  v.apply(s.emu.world);
  return s;
}

const idOf = (s: School, email: string, courseId: string): string =>
  s.emu.world.allInvitations().find((i) => i.courseId === courseId && s.emu.world.user(i.userId)?.email === email)!.id;

describe('refusals Google names, in plain words', () => {
  it('an address of a domain Classroom refuses (@UserInIllegalDomain): the fix named, nothing invited', () => {
    const s = school({ latencyMs: 0 });
    s.emu.world.illegalDomains = ['partner-college.org'];
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.fill('emails', 'omar.haddad@partner-college.org');
    p.click('Invite');
    expect(p.texts().join(' ')).toContain('may not join courses of your school. Ask your admin which domains');
    expect(pendingOf(s, ALGEBRA).join(' ')).not.toContain('omar.haddad');
  });
});

describe.each(VARIANTS)('with $name', (v) => {
  it('a teacher opens the homepage and a course, and invites someone', () => {
    const s = setup(v);
    const p = s.panel(ADA);
    p.openHomepage();
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain('Algebra I · Period 2');
    p.click('Algebra I · Period 2');
    expect(p.texts()).toContain('Pending invitations (3)');
    p.fill('emails', 'lucas.garcia@demo-school.edu');
    p.select('role', ['STUDENT']);
    p.click('Invite');
    expect(p.lastError).toBeNull();
    expect(pendingOf(s, ALGEBRA)).toContain('lucas.garcia@demo-school.edu STUDENT');
  });

  it('a student accepts', () => {
    const s = setup(v);
    const p = s.panel(CHLOE);
    p.openHomepage();
    // Without read access to the course the row names it by id: still the right course, still acceptable.
    const row = s.emu.world.inviteeMayReadCourse ? 'Algebra I · Period 2' : `Course ${ALGEBRA}`;
    p.click('Accept', { row });
    expect(p.texts()).toContain('You joined Algebra I as Student.');
    expect(s.emu.world.course(ALGEBRA)!.students).toContain(s.emu.world.user(CHLOE)!.id);
  });

  it('a student declines, or is told to decline in Classroom', () => {
    const s = setup(v);
    const p = s.panel(CHLOE);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('invitationId', idOf(s, CHLOE, ALGEBRA));
    p.click('Look up');
    expect(p.texts()).toEqual(expect.arrayContaining(['Accept', 'Decline']));
    p.click('Decline');
    p.click('Decline invitation');
    const declined = !pendingOf(s, ALGEBRA).includes('chloe.dubois@demo-school.edu STUDENT');
    if (s.emu.world.inviteeMayDelete) expect(declined).toBe(true);
    else {
      expect(declined).toBe(false);
      expect(p.texts().join(' ')).toContain('Open classroom.google.com and choose Decline');
    }
  });

  it('a teacher looks up an invitation, and the invitee sees it too', () => {
    const s = setup(v);
    const lookUp = (user: string): string[] => {
      const p = s.panel(user);
      p.openHomepage();
      p.universalAction('Look up an invitation');
      p.fill('invitationId', idOf(s, GRACE, '100000000505'));
      p.click('Look up');
      expect(p.lastError).toBeNull();
      return p.texts();
    };
    expect(lookUp(ALAN)).toContain('Change role');
    expect(lookUp(GRACE)).toContain('Accept');
  });

  it('a teacher changes a role', () => {
    const s = setup(v);
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    // A profile Google hides shows as an unknown person with the id: the row is still there to manage.
    const chloe = s.emu.world.user(CHLOE)!.id;
    const row = s.emu.world.profileVisibility === 'all' ? 'Chloé Dubois' : `Unknown person (${chloe})`;
    p.click('Manage', { row });
    p.select('newRole', ['TEACHER']);
    p.click('Change role');
    const who = s.emu.world.profileVisibility === 'all' ? CHLOE : chloe;
    expect(p.notification).toBe(`${who} is now invited as Teacher.`);
    expect(pendingOf(s, ALGEBRA)).toContain('chloe.dubois@demo-school.edu TEACHER');
  });

  it('a teacher opens the Gmail card of a message', () => {
    const s = setup(v);
    const p = s.panel(ADA);
    const m = demoSeed().messages.find((x) => x.id === 'msg-004')!;
    p.openMessage({ messageId: m.id, threadId: m.threadId });
    expect(p.lastError).toBeNull();
    expect(p.texts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(Not in|In) your courses \(\d+ people?\)$/)]),
    );
  });

  it('a teacher finds the invitations of an address', () => {
    const s = setup(v);
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('findQuery', CHLOE);
    p.click('Find');
    expect(p.lastError).toBeNull();
    expect(p.texts().join(' ')).toContain('Algebra I');
  });
});
