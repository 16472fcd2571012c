// The foundation's user stories, end to end on the built bundle: a person opens the add-on, fills forms and presses
// buttons in the emulated side panel; Classroom's state is checked afterwards.
import type { AddonPanel } from '@classroom-invitations/emulator';
import { ADA, ALAN, ALGEBRA, AMARA, CHLOE, GRACE, MIA, NIKOLA, pendingOf, school } from './harness';

/** The universal action, then the lookup form, as a person would use it. */
function lookUp(p: AddonPanel, invitationId: string): void {
  p.universalAction('Look up an invitation');
  p.fill('invitationId', invitationId);
  p.click('Look up');
}

const id = (s: ReturnType<typeof school>, email: string, courseId: string) =>
  s.emu.world.allInvitations().find((i) => i.courseId === courseId && s.emu.world.user(i.userId)?.email === email)!.id;

describe('a. the homepage', () => {
  it('shows a teacher the courses they teach (active and provisioned, not archived) with pending counts', () => {
    const s = school();
    const p = s.panel(ADA, { host: 'DRIVE' });
    p.openHomepage();
    expect(p.lastError).toBeNull();
    expect(p.texts()).toEqual(
      expect.arrayContaining(['Courses you teach', 'Algebra I · Period 2', '3 pending invitations']),
    );
    expect(p.texts().join(' ')).not.toContain('Geometry');
  });

  it('shows a student the invitations addressed to them, with Accept', () => {
    const s = school();
    const p = s.panel(CHLOE);
    p.openHomepage();
    expect(p.texts()).toEqual(
      expect.arrayContaining(['Invitations for you', 'Algebra I · Period 2', 'Invited as Student', 'Accept']),
    );
  });

  it('reads everything it needs in at most three round trips', () => {
    const s = school();
    s.panel(ADA).openHomepage();
    expect(s.emu.api.roundTrips).toBeLessThanOrEqual(3);
  });
});

describe('b. a course: pending invitations and the invite form', () => {
  it('invites several addresses and gives each its own result line; nothing is written for invalid input', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    expect(p.texts()).toEqual(
      expect.arrayContaining(['Pending invitations (3)', 'Chloé Dubois', 'Yuki Tanaka', 'Alan Turing']),
    );
    p.fill(
      'emails',
      'Lucas Garcia <lucas.garcia@demo-school.edu>; chloe.dubois@demo-school.edu\nliam.chen@demo-school.edu, jordan.blake@demo-school.edu, nope, jamie.fox@freemail.example',
    );
    p.select('role', ['STUDENT']);
    p.click('Invite');
    const lines = p.texts().join('\n');
    expect(lines).toContain('lucas.garcia@demo-school.edu\nInvited as Student');
    expect(lines).toContain('chloe.dubois@demo-school.edu\nAlready invited as Student');
    expect(lines).toContain('liam.chen@demo-school.edu\nAlready in the course');
    expect(lines).toMatch(/jordan\.blake@demo-school\.edu\n.*suspended/);
    expect(lines).toMatch(/jamie\.fox@freemail\.example\n.*outside your school.*Ask your admin/);
    expect(lines).toContain('nope\nNo @ sign');
    expect(pendingOf(s, ALGEBRA)).toContain('lucas.garcia@demo-school.edu STUDENT');
    p.click('Back to the course');
    expect(p.texts()).toContain('Pending invitations (4)');
  });

  it('refuses an empty list with a message, and sends a long one to the bulk preview, writing nothing', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.fill('emails', ' , ;');
    p.click('Invite');
    expect(p.notification).toBe('Type at least one email address.');
    p.fill('emails', Array.from({ length: 60 }, (_, i) => `s${i}@demo-school.edu`).join(','));
    p.click('Invite');
    // More than one batch: the same list goes to the bulk preview, nothing retyped, nothing sent yet.
    expect(p.texts()).toEqual(expect.arrayContaining(['Check before inviting', 'Invite 60 people']));
    expect(s.writes()).toEqual([]);
  });

  it('explains the two steps for an owner invitation to someone who is not a co-teacher', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.fill('emails', 'marie.curie@demo-school.edu');
    p.select('role', ['OWNER']);
    p.click('Invite');
    expect(p.texts().join(' ')).toMatch(
      /only a co-teacher can\. First invite them as Teacher; once they accept, invite them as Owner/,
    );
  });
});

describe('c. look up an invitation by id', () => {
  it('from the universal action: course, invitee, role, and only the actions that make sense', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    lookUp(p, id(s, CHLOE, ALGEBRA));
    expect(p.texts()).toEqual(
      expect.arrayContaining([
        'Algebra I',
        'Chloé Dubois\nchloe.dubois@demo-school.edu',
        'Student',
        'Revoke',
        'Change role',
      ]),
    );
    expect(p.texts()).not.toContain('Accept');
  });

  it('says plainly when the id is unknown or malformed, without any write', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    lookUp(p, 'bm90LWEtcmVhbC1pZA');
    expect(p.texts().join(' ')).toContain('This invitation no longer exists');
    p.back();
    p.fill('invitationId', '<script>alert(1)</script>');
    p.click('Look up');
    expect(p.notification).toMatch(/does not look like an invitation ID/);
    expect(s.writes()).toEqual([]);
  });

  it('tells a student they cannot see someone else’s invitation', () => {
    const s = school();
    const p = s.panel(MIA);
    p.openHomepage();
    lookUp(p, id(s, CHLOE, ALGEBRA));
    expect(p.texts().join(' ')).toContain('You cannot see this invitation');
  });
});

describe('d. revoke after confirming', () => {
  it('deletes only after the confirmation step, then shows the refreshed course', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Manage', { row: 'Yuki Tanaka' });
    p.click('Revoke');
    expect(p.texts()).toContain('Revoke this invitation?');
    expect(s.writes()).toEqual([]);
    p.click('Cancel');
    expect(s.writes()).toEqual([]);
    p.click('Revoke');
    p.click('Revoke invitation');
    expect(p.notification).toBe('Invitation revoked.');
    expect(pendingOf(s, ALGEBRA)).not.toContain('yuki.tanaka@demo-school.edu STUDENT');
    expect(p.texts()).toContain('Pending invitations (2)');
  });
});

describe('e. change a role (delete + create)', () => {
  it('changes a student invitation to teacher', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Manage', { row: 'Chloé Dubois' });
    p.select('newRole', ['TEACHER']);
    p.click('Change role');
    expect(p.notification).toBe('chloe.dubois@demo-school.edu is now invited as Teacher.');
    expect(pendingOf(s, ALGEBRA)).toContain('chloe.dubois@demo-school.edu TEACHER');
  });

  it('refuses Owner for someone not yet a co-teacher before deleting anything, with the two steps on a card', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Manage', { row: 'Alan Turing' });
    p.select('newRole', ['OWNER']);
    p.click('Change role');
    expect(p.texts()).toContain('Ownership takes two steps');
    expect(p.texts().join(' ')).toMatch(/Only a co-teacher can become the owner.*Nothing was changed/);
    expect(pendingOf(s, ALGEBRA)).toContain('alan.turing@demo-school.edu TEACHER');
    expect(s.writes()).toEqual([]);
  });
});

describe('f. the invitee accepts', () => {
  it('joins the course and gets a link to it', () => {
    const s = school();
    const p = s.panel(CHLOE);
    p.openHomepage();
    p.click('Accept', { row: 'Algebra I · Period 2' });
    expect(p.texts()).toEqual(expect.arrayContaining(['Welcome to Algebra I', 'You joined Algebra I as Student.']));
    p.click('Open the course in Classroom');
    expect(p.openedLinks[0]).toMatch(/^https:\/\/classroom\.google\.com\/c\//);
    expect(s.emu.world.course(ALGEBRA)!.students).toContain(s.emu.world.user(CHLOE)!.id);
    expect(pendingOf(s, ALGEBRA)).not.toContain('chloe.dubois@demo-school.edu STUDENT');
  });

  it('an owner invitation makes the co-teacher the owner', () => {
    const s = school();
    const p = s.panel(GRACE);
    p.openHomepage();
    p.click('Accept', { row: 'Computer Science · AP · Period 5' });
    expect(s.emu.world.course('100000000505')!.ownerId).toBe(s.emu.world.user(GRACE)!.id);
  });

  it('offers Accept only to the invitee', () => {
    const s = school();
    const teacher = s.panel(ALAN);
    teacher.openHomepage();
    lookUp(teacher, id(s, GRACE, '100000000505'));
    expect(teacher.texts()).not.toContain('Accept');
    const invitee = s.panel(GRACE);
    invitee.openHomepage();
    lookUp(invitee, id(s, GRACE, '100000000505'));
    expect(invitee.texts()).toEqual(expect.arrayContaining(['Accept', 'Decline']));
  });
});

describe('g. documented errors in plain language', () => {
  it.each([
    [
      'an archived course: ask the teacher to restore it',
      MIA,
      'archived, or not yet accepted by its owner (students can join active courses only). Ask its teacher to restore',
    ],
    ['a full course: the member limit', AMARA, 'This course is full'],
  ])('%s', (_title, user, message) => {
    const p = school().panel(user);
    p.openHomepage();
    p.click('Accept');
    expect(p.texts().join(' ')).toContain(message);
  });

  it('the Classroom API turned off by the admin', () => {
    const p = school().panel(NIKOLA);
    p.openHomepage();
    expect(p.texts().join(' ')).toMatch(/turned off access to Classroom for apps\. Ask your Google Workspace admin/);
  });

  it('transient failures are retried without the user seeing them', () => {
    const s = school();
    s.emu.api.setFaults({ rate: 0.3, seed: 7, statuses: [503] });
    const p = s.panel(ADA);
    p.openHomepage();
    expect(p.texts()).toContain('Algebra I · Period 2');
  });

  it('never shows a stack trace', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.clickAction({ function: 'onShowInvitation', parameters: [{ key: 'id', value: '../../etc' }] });
    expect(p.texts().join(' ')).toContain('This action is out of date');
    expect(p.texts().join(' ')).not.toMatch(/at \w+ \(|Error:/);
  });
});

describe('h. languages', () => {
  it('speaks French to a French user', () => {
    const s = school();
    const p = s.panel(ADA, { locale: 'fr' });
    p.openHomepage();
    expect(p.texts()).toEqual(
      expect.arrayContaining(['Connecté en tant que', 'Vos cours', '3\u00a0invitations en attente']),
    );
    p.click('Algebra I · Period 2');
    expect(p.texts()).toEqual(expect.arrayContaining(['Inviter des personnes', 'Adresses e-mail', 'Élève']));
  });
});

describe('settings', () => {
  it('shows the account and the background tasks', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Settings and about');
    expect(p.texts()).toEqual(expect.arrayContaining([ADA, 'Background tasks', 'No background task is installed.']));
  });
});

describe('admins', () => {
  it('open any course by its id and invite there', () => {
    const s = school();
    const p = s.panel('priya.raman@demo-school.edu');
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('courseId', '100000000503');
    p.click('Open course');
    expect(p.texts()).toEqual(expect.arrayContaining(['Biology', 'Pending invitations (2)']));
    p.fill('emails', 'mateo.lopez@demo-school.edu');
    p.click('Invite');
    expect(p.texts().join('\n')).toContain('mateo.lopez@demo-school.edu\nInvited as Student');
  });

  it('a teacher opening a course they do not teach is told why', () => {
    const s = school();
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('courseId', '100000000503');
    p.click('Open course');
    expect(p.texts().join(' ')).toMatch(/not a member of this course|only its teachers/);
    expect(s.writes()).toEqual([]);
  });
});
