// The Gmail contextual card and the bulk preview, end to end on the built bundle: an open message's people with
// their status in the chosen course, inviting a selection in one press, and the dry run that writes nothing.
import type { CardJson } from '@classroom-invitations/emulator';
import { parseAddresses } from '../../src/domain/addresses';
import { translator } from '../../src/i18n';
import { ADA, ALAN, ALGEBRA, CHLOE, demoSeed, pendingOf, picks, school, tick, type School } from './harness';

const t = translator('en');
const ROBOTICS = '100000000507';
const COMPUTER_SCIENCE = '100000000505';

function message(id: string) {
  const m = demoSeed().messages.find((x) => x.id === id);
  if (!m) throw new Error(`no message ${id} in the demo school`);
  return m;
}

type Group = 'none' | 'invited' | 'member';

/** Where someone stands in the course, read straight from the world: invited, member, or neither. */
function expectedStatus(s: School, courseId: string, email: string): Group {
  const user = s.emu.world.user(email);
  const course = s.emu.world.course(courseId)!;
  const invitation = s.emu.world.allInvitations().find((i) => i.courseId === courseId && i.userId === user?.id);
  if (invitation) return 'invited';
  const member = user && (course.students.includes(user.id) || course.teachers.includes(user.id));
  return member ? 'member' : 'none';
}

/**
 * What the card shows per email in the chosen course `courseName`: a check box for those not in it yet, else their
 * line says "invited to <course>" or that they are in it. Each person is one row (the email below the name).
 */
function shownStatuses(card: CardJson | undefined, courseName: string): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const section of card?.sections ?? []) {
    for (const w of section.widgets) {
      const d = w.decoratedText;
      if (!d?.onClick) continue;
      const email = d.switchControl?.value ?? d.bottomLabel ?? d.text.split('<br>')[0]!.replace(/ \(sender\)$/, '');
      expect(out.has(email)).toBe(false); // each person once
      if (d.switchControl) out.set(email, 'none');
      else out.set(email, d.text.includes(`invited to ${courseName} as`) ? 'invited' : 'member');
    }
  }
  return out;
}

function creates(s: School): number {
  return s.emu.api.log.filter((e) => e.method === 'invitations.create').length;
}

describe('Gmail contextual card', () => {
  const msg = message('msg-004');

  it("lists the message's people with their status in the course, the user left out", () => {
    const s = school();
    const p = s.panel(ADA);
    p.openMessage({ messageId: msg.id, threadId: msg.threadId });
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain(t('gmail.subject', { subject: msg.subject }));

    const everyone = parseAddresses([msg.from, ...msg.to, ...msg.cc].join(',')).valid.map((a) => a.email);
    const others = everyone.filter((e) => e !== ADA);
    const statuses = shownStatuses(p.card, 'Algebra I');
    expect([...statuses.keys()].sort()).toEqual([...others].sort());
    for (const email of others)
      expect([email, statuses.get(email)]).toEqual([email, expectedStatus(s, ALGEBRA, email)]);
    // The seed covers all three statuses, so the card is not trivially uniform.
    expect(new Set(statuses.values())).toEqual(new Set(['none', 'member', 'invited']));
    // Names from the headers are shown; nobody is preselected (never the sender, never a colleague).
    const rows = (p.card?.sections ?? []).flatMap((x) => x.widgets.map((w) => w.decoratedText));
    const yuki = rows.find((d) => d?.text.startsWith('Yuki Tanaka<br>'));
    expect(yuki?.bottomLabel).toBe('yuki.tanaka@demo-school.edu');
    expect(picks(p.card).filter((i) => i.selected)).toEqual([]);
  });

  it('reads the message only through the per-message access token', () => {
    const s = school();
    const p = s.panel(ADA);
    const gmail: string[] = [];
    s.emu.onServiceCall = (service, method) => {
      if (service === 'GmailApp') gmail.push(method);
    };
    p.openMessage({ messageId: msg.id, threadId: msg.threadId });
    s.emu.onServiceCall = undefined;
    expect(p.lastError).toBeNull();
    expect(gmail).toEqual(['setCurrentMessageAccessToken', 'getMessageById']);
  });

  it('invites exactly the selected people in one press', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openMessage({ messageId: msg.id, threadId: msg.threadId });
    const picked = ['amara.okonkwo@demo-school.edu', 'ethan.wilson@demo-school.edu'];
    const before = pendingOf(s, ALGEBRA);
    const roundTrips = s.emu.api.roundTrips;
    tick(p, ...picked);
    p.click(t('gmail.invite'));
    expect(p.lastError).toBeNull();
    // One for the creates, one to tell "already invited", two to read the Gmail card below again (course list, people).
    expect(s.emu.api.roundTrips - roundTrips).toBeLessThanOrEqual(4);
    expect(pendingOf(s, ALGEBRA)).toEqual([...before, ...picked.map((e) => `${e} STUDENT`)].sort());
    expect(s.writes()).toEqual(['invitations.create 200', 'invitations.create 200']);
    expect(p.texts()).toContain(
      t('invite.results.summary', { invited: 2, alreadyInvited: 0, alreadyMember: 0, failed: 0 }),
    );
    // Only the counts that are not zero: "2 invited", not "2 invited, 0 already invited, …".
    expect(p.texts()).toContain('2 invited');
    const invited = t('invite.result.invited', { role: t('role.STUDENT') });
    expect(p.texts()).toContain(t('invite.results.group', { title: invited, count: 2 }));
    for (const email of picked) expect(p.texts().join('\n')).toContain(email);

    // Back shows them invited (the card below was read again), not ticked.
    p.back();
    expect(p.lastError).toBeNull();
    expect(picks(p.card).filter((i) => picked.includes(i.value))).toEqual([]);
    const statuses = shownStatuses(p.card, 'Algebra I');
    for (const email of picked) expect(statuses.get(email)).toBe('invited');
  });

  it('shows the statuses in the course chosen in the dropdown', () => {
    const s = school();
    const p = s.panel(ALAN);
    const m = message('msg-008');
    p.openMessage({ messageId: m.id, threadId: m.threadId });
    expect(p.lastError).toBeNull();
    const amara = 'amara.okonkwo@demo-school.edu';
    for (const [courseId, name] of [
      [ROBOTICS, 'Robotics Club'],
      [COMPUTER_SCIENCE, 'Computer Science'],
    ] as const) {
      p.select('courseId', [courseId]);
      expect(p.lastError).toBeNull();
      expect(shownStatuses(p.card, name).get(amara)).toBe(expectedStatus(s, courseId, amara));
    }
    // Amara is invited to one and a member of the other: the dropdown really changed what is shown.
    expect(expectedStatus(s, ROBOTICS, amara)).not.toBe(expectedStatus(s, COMPUTER_SCIENCE, amara));
  });
});

describe('bulk preview', () => {
  const list = [
    'Amara Okonkwo <amara.okonkwo@demo-school.edu>; ethan.wilson@demo-school.edu',
    'ETHAN.WILSON@demo-school.edu', // duplicate
    `${CHLOE}, alan.turing@demo-school.edu`, // already invited: student, teacher
    'liam.chen@demo-school.edu', // already a member
    'not-an-address',
    'Elena Petrova <elena.petrova@partner-college.org>, jamie.fox@freemail.example', // external
  ].join('\n');

  function openPreview(s: School) {
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click(t('course.bulk'));
    p.fill('bulkEmails', list);
    p.click(t('bulk.preview'));
    expect(p.lastError).toBeNull();
    return p;
  }

  it('sorts every entry into its category before anything is written', () => {
    const s = school();
    const invitationsBefore = s.emu.world.allInvitations();
    const p = openPreview(s);
    expect(creates(s)).toBe(0);
    expect(s.emu.world.allInvitations()).toEqual(invitationsBefore);

    const texts = p.texts();
    const student = t('role.STUDENT');
    // Disjoint groups: the two outside addresses are not counted again among those to invite.
    expect(texts).toEqual(
      expect.arrayContaining([
        t('preview.toInvite', { role: student, count: 2 }),
        t('preview.external', { role: student, count: 2 }),
        t('preview.alreadyInvited', { count: 2 }),
        t('preview.alreadyMember', { count: 1 }),
        `<b>${t('invite.results.group', { title: t('invalid.noAt'), count: 1 })}</b>`.replace(/<\/?b>/g, ''),
      ]),
    );
    const all = texts.join('\n');
    expect(all).toContain(t('preview.duplicates', { count: 1 }));
    expect(all).toContain(t('preview.confirm.detail', { count: 4, role: student }));
    for (const email of ['amara.okonkwo', 'ethan.wilson', 'elena.petrova', 'jamie.fox', 'liam.chen']) {
      expect(all).toContain(email);
    }
    expect(all).toContain(`${CHLOE} (${student})`);
    expect(all).toContain(`alan.turing@demo-school.edu (${t('role.TEACHER')})`);
    expect(all).toContain('not-an-address');
    expect(p.clickables().map((c) => c.text)).toContain(t('preview.confirm', { count: 4 }));
  });

  it('confirming sends only the entries to invite and reports the refused one in plain words', () => {
    const s = school();
    const p = openPreview(s);
    p.click(t('preview.confirm', { count: 4 }));
    expect(p.lastError).toBeNull();
    expect(creates(s)).toBe(4);
    const texts = p.texts();
    expect(texts).toEqual(
      expect.arrayContaining([
        t('job.progress', { done: 4, total: 4 }),
        t('job.counts', { invited: 3, alreadyInvited: 0, alreadyMember: 0, failed: 1 }),
        t('job.title.done', { course: 'Algebra I' }),
        // The group is titled by its reason, for every address under it, not by one address's message.
        t('job.failureGroup', {
          reason: 'E' + t('err.untrustedDomain', { email: t('job.thesePeople') }).slice(1),
          count: 1,
        }),
      ]),
    );
    expect(texts.join('\n')).toContain('jamie.fox@freemail.example');
    expect(pendingOf(s, ALGEBRA)).toEqual(
      expect.arrayContaining([
        'amara.okonkwo@demo-school.edu STUDENT',
        'ethan.wilson@demo-school.edu STUDENT',
        'elena.petrova@partner-college.org STUDENT',
      ]),
    );
    expect(pendingOf(s, ALGEBRA).some((x) => x.startsWith('jamie.fox'))).toBe(false);
  });
});
