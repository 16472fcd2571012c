// A panel a teacher trusts at a glance (issue 18), on the built bundle: what needs the user comes first on the
// homepage, a course is found by name among 100, a student and an admin each get words of their own.
import { ADA, ALGEBRA, CHLOE, demoSeed, GRACE, MIA, openPerson, picks, school, tick } from './harness';

const MARIE = 'marie.curie@demo-school.edu'; // owns Chemistry Lab, not yet accepted (PROVISIONED)
const NOAH = 'noah.williams@demo-school.edu'; // invited as a student to Chemistry Lab

const ADA_ID = '100000000010';
const ADMIN = 'priya.raman@demo-school.edu';
const ADMIN_ID = '100000000001';

/** Ada with `n` more active courses (Course 001…), nothing pending in them unless invited below. */
function manyCourses(n: number) {
  const s = school({ latencyMs: 0 });
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const name = i === 42 ? 'Géométrie avancée' : `Course ${String(i).padStart(3, '0')}`;
    ids.push(s.emu.world.addCourse({ name, ownerId: ADA_ID, courseState: 'ACTIVE' }).id);
  }
  return { s, ids };
}

describe('the homepage puts what needs the user first', () => {
  it('lists the courses with pending invitations first and folds the 99 others into one line', () => {
    const { s, ids } = manyCourses(100);
    // Course 099 has an invitation pending; it is listed by Google among the 100 others.
    s.emu.world.addInvitation({ courseId: ids[98]!, userId: '100000000030', role: 'STUDENT' });
    const p = s.panel(ADA);
    const rt = s.emu.api.roundTrips;
    p.openHomepage();
    expect(p.lastError).toBeNull();
    expect(s.emu.api.roundTrips - rt).toBeLessThanOrEqual(2);
    const texts = p.texts();
    expect(texts).toEqual(
      expect.arrayContaining(['Course 099', '1 pending invitation', 'Algebra I · Period 2', '3 pending invitations']),
    );
    expect(texts).toContain('99 other courses with nothing pending');
    expect(texts).not.toContain('Course 001');
    expect(texts.filter((x) => /^No pending/.test(x))).toHaveLength(0);
  });

  it('finds a course by part of its name, accents ignored, and opens it', () => {
    const { s } = manyCourses(100);
    const p = s.panel(ADA);
    p.openHomepage();
    p.fill('courseQuery', 'geometrie');
    p.click('Find');
    expect(p.lastError).toBeNull();
    expect(p.texts()).toEqual(expect.arrayContaining(['Your courses', '1 course', 'Géométrie avancée']));
    p.click('Géométrie avancée');
    expect(p.texts()).toContain('Pending invitations (0)');
  });

  it('opens the courses with nothing pending as a paged list', () => {
    const { s } = manyCourses(45);
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Show');
    expect(p.texts()).toEqual(expect.arrayContaining(['46 courses', '1–20 of 46']));
    p.click('Next');
    expect(p.texts()).toContain('21–40 of 46');
    p.back();
    expect(p.texts()).toContain('45 other courses with nothing pending');
  });
});

describe('counts that agree', () => {
  it('"older than 7 days" counts only invitations still pending today, as the course card resends them', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.fill('emails', 'lucas.garcia@demo-school.edu, mia.davis@demo-school.edu');
    p.click('Invite');
    s.emu.clock.advance(8 * 86_400_000);
    // One of them is gone in Classroom (withdrawn there by an admin): the ledger still holds it as pending.
    const mia = s.emu.world.userIdOf('mia.davis@demo-school.edu');
    const gone = s.emu.world.allInvitations().find((i) => i.userId === mia && i.courseId === ALGEBRA)!;
    s.emu.world.deleteInvitation(ADMIN_ID, gone.id);
    const q = s.panel(ADA);
    q.openHomepage();
    expect(q.texts()).toContain('4 pending invitations, 1 older than 7 days');
    q.click('Algebra I · Period 2');
    expect(q.texts()).toContain('Resend the 1 older than 7 days');
  });
});

describe('words for each audience', () => {
  it('a student with nothing pending is told so, with a link to Classroom, never "courses you teach"', () => {
    const s = school({ latencyMs: 0 });
    const chloe = s.emu.world.userIdOf(CHLOE)!;
    for (const inv of s.emu.world.allInvitations().filter((i) => i.userId === chloe))
      s.emu.world.deleteInvitation(ADMIN_ID, inv.id);
    const p = s.panel(CHLOE);
    p.openHomepage();
    const texts = p.texts().join('\n');
    expect(texts).toContain('Nothing to accept');
    expect(p.clickables().map((c) => c.text)).toContain('Open Google Classroom');
    expect(texts).not.toContain('Courses you teach');
    expect(texts).not.toContain('You do not teach');
  });

  it('an admin is told how to open a course they do not teach, and finds it by name across the domain', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADMIN);
    p.openHomepage();
    expect(p.lastError).toBeNull();
    expect(p.texts().join('\n')).toContain('Admins: find any course of the school by name');
    p.fill('courseQuery', 'algebra');
    p.click('Find');
    expect(p.lastError).toBeNull();
    expect(p.texts()).toEqual(expect.arrayContaining(['Every course you can see', 'Algebra I · Period 2']));
    p.click('Algebra I · Period 2');
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain('Pending invitations (3)');
  });
});

describe('results and previews', () => {
  it('a 1,500-address preview shows 30 lines a group, the rest one Copy list away; invalid entries have a heading', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Invite a long list');
    const list = Array.from({ length: 1500 }, (_, i) => `pupil${i}@demo-school.edu`);
    p.fill('bulkEmails', [...list, '@demo-school.edu', 'Zoë 🎓 <zoe@demo-school.edu>'].join('\n'));
    p.click('Preview');
    expect(p.lastError).toBeNull();
    const texts = p.texts();
    expect(texts).toEqual(
      expect.arrayContaining([
        'The first 30 of 1,501 are shown here; Copy list has them all.',
        'Not an email address: 1',
        'The part before the @ is missing (1)',
      ]),
    );
    const shown = texts.join('\n');
    expect(shown).toContain('pupil29@demo-school.edu');
    expect(shown).not.toContain('pupil30@demo-school.edu');
    expect(shown).not.toContain('invisible');
    p.click('Copy list');
    expect(p.texts().join('\n')).toContain('pupil1499@demo-school.edu');
  });
});

describe('course states, said before the click', () => {
  it('tells the owner of a provisioned course that they must accept it, not "the teacher"', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(MARIE);
    p.openHomepage();
    const home = p.texts().join('\n');
    expect(home).toContain('Not yet accepted by you: accept it in Classroom so students can join');
    expect(home).not.toContain('by the teacher');
    p.click('Chemistry Lab · Period 6');
    expect(p.texts().join('\n')).toContain('You have not accepted this course yet');
  });

  it('warns anyone else that the owner must accept the course before students can join', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADMIN);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('courseId', '100000000508');
    p.click('Open course');
    expect(p.texts().join('\n')).toContain(
      'The owner must accept this course in Classroom before students can join it',
    );
  });

  it('an archived course says Classroom refuses invitations, and offers no invite form', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('courseId', '100000000501');
    p.click('Open course');
    expect(p.lastError).toBeNull();
    expect(p.texts().join('\n')).toContain('This course is archived: Classroom refuses new invitations to it');
    expect(p.clickables().map((c) => c.text)).not.toContain('Invite');
    expect(s.writes()).toEqual([]);
  });

  it('a student invited to a provisioned course sees it cannot be accepted yet', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(NOAH);
    p.openHomepage();
    expect(p.texts().join('\n')).toContain('Can be accepted once the teacher accepts the course in Classroom');
    const mia = s.panel(MIA);
    mia.openHomepage();
    expect(mia.texts().join('\n')).not.toContain('Can be accepted once');
  });

  it('the new owner is told they are now the owner, not that they joined', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(GRACE);
    p.openHomepage();
    p.click('Accept', { row: 'Computer Science · AP · Period 5' });
    expect(p.lastError).toBeNull();
    const texts = p.texts().join('\n');
    expect(texts).toContain('You are now the owner of Computer Science.');
    expect(texts).not.toContain('You joined');
  });
});

describe('the invitation card', () => {
  it('says "Invitation: sent today by you" once, keeps Revoke apart from the role change, and the id last', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.fill('emails', 'lucas.garcia@demo-school.edu');
    p.click('Invite');
    p.click('Back to the course');
    p.click('Manage', { row: 'Lucas Garcia' });
    expect(p.lastError).toBeNull();
    const texts = p.texts();
    expect(texts).toEqual(expect.arrayContaining(['Invitation', 'sent today by you']));
    expect(texts).not.toContain('Sent');
    const sections = p.card!.sections ?? [];
    const roleSection = sections.find((x) => x.header === 'Change role');
    expect(JSON.stringify(roleSection)).not.toContain('Revoke');
    const last = JSON.stringify(sections[sections.length - 1]);
    expect(last).toMatch(/Invitation ID/i);
    expect(sections.findIndex((x) => JSON.stringify(x).includes('"Revoke"'))).toBe(sections.length - 2);
  });
});

describe('every card the user can go Back to is read again after a change', () => {
  const HELP = {
    id: 'msg-join',
    threadId: 'thread-join',
    owner: ADA,
    from: `Lucas Garcia <lucas.garcia@demo-school.edu>`,
    to: [ADA],
    cc: [],
    subject: 'How do I join?',
    date: '2026-09-01T08:00:00Z',
    snippet: 'Hello',
  };

  it('Gmail: after inviting from a person card, Back shows that person invited on both cards', () => {
    const seed = demoSeed();
    seed.messages.push(HELP);
    const s = school({ seed, latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage({ messageId: HELP.id, threadId: HELP.threadId });
    expect(p.texts().join('\n')).toContain('in none of your courses');
    openPerson(p, 'Lucas Garcia');
    p.click('Invite to this course');
    expect(p.lastError).toBeNull();
    p.back();
    expect(p.texts().join('\n')).toContain('invited to Algebra I as Student');
    expect(p.texts().join('\n')).not.toContain('in none of your courses');
    p.back();
    expect(p.texts().join('\n')).toContain('invited to Algebra I as Student');
    // Resend from the person card: the person's card comes back fresh ("sent today"), over a fresh message card.
    openPerson(p, 'Lucas Garcia');
    p.click('Resend');
    p.click((c) => c.text === 'Resend' && c.onClick.action?.function === 'onConfirmResend');
    expect(p.lastError).toBeNull();
    expect(p.texts().join('\n')).toContain('invited to Algebra I as Student');
    expect(p.texts().join('\n')).toMatch(/sent today by you/);
    p.back();
    expect(p.texts().join('\n')).toContain('invited to Algebra I as Student');
    // Withdraw from the person card: Back shows them in none again.
    openPerson(p, 'Lucas Garcia');
    p.click('Withdraw');
    p.click('Revoke invitation');
    expect(p.lastError).toBeNull();
    expect(p.texts().join('\n')).toContain('in none of your courses');
    p.back();
    expect(p.texts().join('\n')).toContain('in none of your courses');
  });

  it('Find: after a role change Back shows the new role; after a revoke, the invitation gone, never a stale row', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('findQuery', CHLOE);
    p.click('Find');
    expect(p.texts()).toContain('Student');
    p.click('Manage');
    p.select('newRole', ['TEACHER']);
    p.click('Change role');
    expect(p.lastError).toBeNull();
    p.back();
    expect(p.texts()).toContain('Teacher');
    expect(p.texts()).not.toContain('Student');
    p.click('Manage');
    expect(p.lastError).toBeNull();
    p.click('Revoke');
    p.click('Revoke invitation');
    expect(p.lastError).toBeNull();
    expect(p.texts().join('\n')).not.toContain('Algebra I');
  });

  it('Find names a person the add-on only saw by their email, never a bare id', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2'); // the ledger notes the invitations it sees here, by user id
    p.universalAction('Look up an invitation');
    p.fill('findQuery', 'Yuki');
    p.click('Find');
    expect(p.lastError).toBeNull();
    const texts = p.texts();
    expect(texts).toContain('yuki.tanaka@demo-school.edu');
    expect(texts.filter((x) => /^\d{6,}$/.test(x))).toEqual([]);
  });

  it('transfer: after it ends, Close and Back show a course and homepage with no transfer waiting', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Transfer ownership');
    p.fill('transferEmail', GRACE);
    p.click('Start the transfer');
    expect(p.lastError).toBeNull();
    p.back();
    p.back();
    expect(p.texts().join('\n')).toMatch(/Grace Hopper/);
    p.click((c) => c.text.includes('Grace Hopper'));
    p.click('Cancel the transfer');
    p.click('Close');
    expect(p.lastError).toBeNull();
    expect(p.texts().join('\n')).not.toMatch(/Grace Hopper/);
    p.back();
    expect(p.texts().join('\n')).not.toMatch(/Grace Hopper/);
    expect(p.texts()).toContain('Courses you teach');
  });
});

describe('the Gmail cards', () => {
  const open = (id: string) => {
    const m = demoSeed().messages.find((x) => x.id === id)!;
    return { messageId: m.id, threadId: m.threadId };
  };
  const widgets = (p: ReturnType<ReturnType<typeof school>['panel']>) =>
    (p.card?.sections ?? []).flatMap((x) => x.widgets);
  const selected = (p: ReturnType<ReturnType<typeof school>['panel']>, name: string) =>
    widgets(p)
      .find((w) => w.selectionInput?.name === name)
      ?.selectionInput?.items.find((i) => i.selected)?.text;

  it('shows a sender whose display name holds markup, as literal text', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel('alan.turing@demo-school.edu');
    p.openMessage(open('msg-008'));
    expect(p.lastError).toBeNull();
    const bobby = widgets(p).find((w) => w.decoratedText?.bottomLabel === 'bobby.tables@demo-school.edu');
    expect(bobby?.decoratedText?.text).toMatch(/^Bobby &lt;b&gt;Tables&lt;\/b&gt; \(sender\)<br>/);
  });

  it('chooses the course the message is about: a pending invitation, else the course its subject names', () => {
    const s = school({ latencyMs: 0 });
    const ada = s.panel(ADA);
    ada.openMessage(open('msg-001')); // Chloé, invited to Algebra I
    expect(selected(ada, 'courseId')).toBe('Algebra I · Period 2');
    const alan = s.panel('alan.turing@demo-school.edu');
    alan.openMessage(open('msg-007')); // "Volunteering for the Robotics Club"
    expect(selected(alan, 'courseId')).toBe('Robotics Club');
  });

  it('names the course of the class code, and offers the reply only to someone who joins as a student', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage(open('msg-003')); // Alan Turing, invited to Algebra I as a teacher
    expect(widgets(p).some((w) => w.decoratedText?.topLabel === 'Class code · Algebra I')).toBe(true);
    openPerson(p, 'Alan Turing');
    expect(p.texts()).toContain('Class code · Algebra I');
    expect(p.clickables().map((c) => c.text)).not.toContain('Reply with the class code');
    // Already invited there: nothing to invite him to again in this course.
    expect(p.clickables().map((c) => c.text)).not.toContain('Invite to this course');
    // On the message's card, choosing Teacher takes the reply away too.
    p.back();
    expect(p.clickables().map((c) => c.text)).toContain('Reply with the class code');
    p.select('role', ['TEACHER']);
    expect(p.lastError).toBeNull();
    expect(p.clickables().map((c) => c.text)).not.toContain('Reply with the class code');
  });

  it('addresses the class-code draft to the people ticked, not only the sender', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage(open('msg-004'));
    tick(p, 'amara.okonkwo@demo-school.edu', 'ethan.wilson@demo-school.edu');
    p.click('Reply with the class code');
    expect(p.lastError).toBeNull();
    const draft = p.snapshot().openedDraft!;
    expect(draft.to).toBe('amara.okonkwo@demo-school.edu, ethan.wilson@demo-school.edu');
    expect(draft.inReplyTo).toBeUndefined();
    expect(draft.subject).toMatch(/^Re: /);
    expect(draft.body).toContain('Algebra I');
    expect(s.emu.sentMails(ADA)).toEqual([]);
    // From one person's card: to that person, a reply in the thread when they sent the message.
    const q = s.panel(ADA);
    q.openMessage(open('msg-001'));
    openPerson(q, 'Chloé Dubois');
    q.click('Reply with the class code');
    expect(q.snapshot().openedDraft?.to).toBe('Chloé Dubois <chloe.dubois@demo-school.edu>');
    expect(q.snapshot().openedDraft?.inReplyTo).toBe('msg-001');
  });

  it('pages 100 recipients 40 at a time, within 100 widgets a card', () => {
    const seed = demoSeed();
    const people = Array.from({ length: 100 }, (_, i) => `reader${i}@demo-school.edu`);
    seed.messages.push({ ...seed.messages[0]!, id: 'msg-100', threadId: 't-100', to: [ADA, ...people], cc: [] });
    const s = school({ seed, latencyMs: 0 });
    for (const email of people)
      s.emu.world.addUser({ email, name: { givenName: 'R', familyName: email, fullName: email } });
    const p = s.panel(ADA);
    p.openMessage({ messageId: 'msg-100', threadId: 't-100' });
    expect(p.lastError).toBeNull();
    expect(widgets(p).length).toBeLessThanOrEqual(100);
    expect(p.texts()).toContain('1–40 of 101');
    p.click('Next');
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain('41–80 of 101');
    expect(picks(p.card).map((x) => x.value)).toContain('reader50@demo-school.edu');
    tick(p, 'reader50@demo-school.edu');
    p.click('Invite selected');
    expect(p.lastError).toBeNull();
    expect(
      s.emu.world
        .allInvitations()
        .some((i) => i.courseId === ALGEBRA && s.emu.world.user(i.userId)?.email === 'reader50@demo-school.edu'),
    ).toBe(true);
  });
});
