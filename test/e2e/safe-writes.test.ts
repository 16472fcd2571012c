// Writes that cannot lose or misdirect an invitation, end to end on the built bundle: a role change killed at every
// service call or caught in a 429 storm after its delete is settled by the next execution (and the user told);
// only a teacher changes or revokes, only the owner offers ownership; junk ids write nothing; every card below on
// the stack shows the new truth after a change.
import fc from 'fast-check';
import type { AddonPanel, CardJson } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { ADA, ALGEBRA, CHLOE, demoSeed, GRACE, pendingOf, school, type School } from './harness';

const t = translator('en');
const KILLED = 'killed by the test';
const MARIE = 'marie.curie@demo-school.edu';
const BIOLOGY = '100000000503';

const chloeIn = (s: School, courseId = ALGEBRA) =>
  pendingOf(s, courseId).filter((x) => x.startsWith('chloe.dubois@demo-school.edu '));

function invitationId(s: School, email: string, courseId: string): string {
  const user = s.emu.world.user(email)!;
  return s.emu.world.allInvitations().find((i) => i.courseId === courseId && i.userId === user.id)!.id;
}

/** Ada: homepage → Algebra I → Manage Chloé, with TEACHER chosen: the click under test is "Change role". */
function toChloe(s: School): AddonPanel {
  const p = s.panel(ADA);
  p.openHomepage();
  p.click('Algebra I · Period 2');
  p.click('Manage', { row: 'Chloé Dubois' });
  p.select('newRole', ['TEACHER']);
  return p;
}

function event(params: Record<string, string>, form: Record<string, string> = {}): object {
  const formInputs = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
  return { commonEventObject: { parameters: params, formInputs } };
}

function roleChoices(card: CardJson | undefined, field = 'newRole'): string[] {
  const widget = card?.sections?.flatMap((x) => x.widgets ?? []).find((w) => w.selectionInput?.name === field);
  return widget?.selectionInput?.items.map((i) => i.value) ?? [];
}

const deleted = (s: School) => s.writes().includes('invitations.delete 200');

/** The homepage's notice about Chloé's change, naming her and both roles; shown once. */
function expectToldOnce(p: AddonPanel): void {
  p.openHomepage();
  const notice = p.texts().find((x) => x.includes('chloe.dubois@demo-school.edu') && x.startsWith('Your change'));
  expect(notice).toMatch(/from Student to Teacher/);
  p.openHomepage();
  expect(p.texts().some((x) => x.startsWith('Your change'))).toBe(false);
}

describe('a role change is journaled: killed anywhere, nothing is lost', () => {
  /** Service calls of an uninterrupted "Change role" click: every one is a kill point. */
  function callsOfOneChange(): number {
    const s = school({ latencyMs: 0 });
    const p = toChloe(s);
    let calls = 0;
    s.emu.onServiceCall = () => {
      calls++;
    };
    p.click('Change role');
    s.emu.onServiceCall = undefined;
    expect(p.lastError).toBeNull();
    expect(chloeIn(s)).toEqual(['chloe.dubois@demo-school.edu TEACHER']);
    return calls;
  }

  const points = callsOfOneChange();

  it(`has a kill point at each of the ${points} service calls of the click`, () => {
    expect(points).toBeGreaterThan(10);
  });

  it.each(Array.from({ length: points }, (_, i) => i + 1))(
    'killed at service call %i: settled once, user told',
    (n) => {
      const s = school({ latencyMs: 0 });
      const p = toChloe(s);
      let seen = 0;
      s.emu.onServiceCall = () => {
        if (++seen === n) throw new Error(KILLED);
      };
      p.click('Change role');
      s.emu.onServiceCall = undefined;
      expect(p.lastError).toContain(KILLED);
      const changeStarted = deleted(s);
      // The next execution of Ada (opening the add-on) settles it: exactly one invitation, old or new role. A change
      // the click saved (approved) is carried out even if the click died before its delete; the user is told.
      const home = s.panel(ADA);
      home.openHomepage();
      expect(home.lastError).toBeNull();
      const left = chloeIn(s);
      expect(left).toHaveLength(1);
      expect(left[0]).toMatch(/ (STUDENT|TEACHER)$/);
      if (changeStarted || left[0]?.endsWith('TEACHER')) {
        s.emu.onServiceCall = undefined;
        // Shown on that opening: read it from the card it returned.
        expect(home.texts().find((x) => x.startsWith('Your change'))).toMatch(
          /chloe\.dubois@demo-school\.edu from Student to Teacher/,
        );
        home.openHomepage();
        expect(home.texts().some((x) => x.startsWith('Your change'))).toBe(false);
      } else {
        expect(left).toEqual(['chloe.dubois@demo-school.edu STUDENT']);
      }
    },
  );

  it('killed after the delete and again at every call of the recovery: still exactly one invitation', () => {
    const deleteAt = (() => {
      const s = school({ latencyMs: 0 });
      const p = toChloe(s);
      let calls = 0;
      let at = 0;
      s.emu.onServiceCall = () => {
        calls++;
      };
      s.emu.api.onCall = (e) => {
        if (e.method === 'invitations.delete') at = calls;
      };
      p.click('Change role');
      s.emu.onServiceCall = undefined;
      return at;
    })();
    let recoveryPoints = 0;
    for (let m = 1; m < 60; m++) {
      const s = school({ latencyMs: 0 });
      const p = toChloe(s);
      let seen = 0;
      s.emu.onServiceCall = () => {
        if (++seen === deleteAt + 1) throw new Error(KILLED);
      };
      p.click('Change role');
      expect(deleted(s)).toBe(true);
      let inRecovery = 0;
      s.emu.onServiceCall = () => {
        if (++inRecovery === m) throw new Error(KILLED);
      };
      const first = s.panel(ADA);
      first.openHomepage();
      s.emu.onServiceCall = undefined;
      if (first.lastError === null) break; // m is past the recovery's last call
      recoveryPoints++;
      const second = s.panel(ADA);
      second.openHomepage();
      expect(second.lastError).toBeNull();
      expect(chloeIn(s)).toHaveLength(1);
    }
    expect(recoveryPoints).toBeGreaterThan(5);
  });
});

describe('a 429 storm after the delete', () => {
  function stormAfterDelete(s: School): void {
    s.emu.api.onCall = (e) => {
      if (e.method === 'invitations.delete' && e.status === 200)
        s.emu.api.setFaults({ rate: 1, seed: 7, statuses: [429] });
    };
  }

  it('keeps the change journaled, says so on a card, and the next opening finishes it', () => {
    const s = school({ latencyMs: 0 });
    const p = toChloe(s);
    stormAfterDelete(s);
    p.click('Change role');
    expect(p.lastError).toBeNull();
    expect(p.texts().join(' ')).toMatch(
      /Classroom is not answering.*chloe\.dubois@demo-school\.edu from Student to Teacher is saved/,
    );
    expect(chloeIn(s)).toEqual([]);
    // The create after the delete is tried step after step until the breaker pauses it; the plan keeps it.
    expect(s.writes().filter((w) => w === 'invitations.create 429').length).toBeGreaterThanOrEqual(6);
    s.emu.api.onCall = undefined;
    s.emu.api.setFaults(null);
    expectToldOnce(s.panel(ADA));
    expect(chloeIn(s)).toEqual(['chloe.dubois@demo-school.edu TEACHER']);
  });

  it('the hourly run settles it too, and the homepage tells once', () => {
    const s = school({ latencyMs: 0 });
    const p = toChloe(s);
    stormAfterDelete(s);
    p.click('Change role');
    s.emu.api.onCall = undefined;
    s.emu.api.setFaults(null);
    const trigger = s.emu.triggers.find((x) => x.handler === 'onJobsTick' && x.user === s.emu.world.user(ADA)!.id);
    expect(trigger).toBeDefined();
    s.emu.runTrigger(trigger!.id);
    expect(chloeIn(s)).toEqual(['chloe.dubois@demo-school.edu TEACHER']);
    expectToldOnce(s.panel(ADA));
  });

  it('an invitation someone else created meanwhile is adopted, not duplicated', () => {
    const s = school({ latencyMs: 0 });
    const p = toChloe(s);
    stormAfterDelete(s);
    p.click('Change role');
    s.emu.api.onCall = undefined;
    s.emu.api.setFaults(null);
    s.emu.world.createInvitation(ADA, { userId: CHLOE, courseId: ALGEBRA, role: 'STUDENT' });
    const home = s.panel(ADA);
    home.openHomepage();
    expect(chloeIn(s)).toEqual(['chloe.dubois@demo-school.edu STUDENT']);
    expect(home.texts().find((x) => x.startsWith('Your change'))).toMatch(/still invited as Student/);
  });
});

describe('only a teacher of the course changes or revokes; only the invitee declines', () => {
  const refusals = [
    [
      'the invitee changes her own role',
      CHLOE,
      'onChangeRole',
      { newRole: 'TEACHER' },
      /Only a teacher of this course/,
    ],
    ['the invitee revokes her own', CHLOE, 'onConfirmRevoke', {}, /Only a teacher of this course/],
    ['the invitee asks to revoke her own', CHLOE, 'onRevokeInvitation', {}, /Only a teacher of this course/],
    [
      'the teacher asks to decline for the invitee',
      ADA,
      'onDeclineInvitation',
      {},
      /Only the invited person can decline/,
    ],
    // Classroom does not even show the invitation to a stranger: refused at the get.
    ['a stranger revokes', GRACE, 'onConfirmRevoke', {}, /You cannot see this invitation/],
    ['a stranger changes the role', MARIE, 'onChangeRole', { newRole: 'TEACHER' }, /You cannot see this invitation/],
    ['the teacher "declines" for the invitee', ADA, 'onConfirmDecline', {}, /Only the invited person can decline/],
  ] as const;

  it.each(refusals)('%s: refused in plain words, no delete', (_, user, fn, form, message) => {
    const s = school({ latencyMs: 0 });
    const id = invitationId(s, CHLOE, ALGEBRA);
    const result = s.emu.run(fn, event({ id, courseId: ALGEBRA }, form), user);
    expect(JSON.stringify(result)).toMatch(message);
    expect(s.writes()).toEqual([]);
    expect(chloeIn(s)).toEqual(['chloe.dubois@demo-school.edu STUDENT']);
  });

  it('the invitee may decline her own invitation', () => {
    const s = school({ latencyMs: 0 });
    s.emu.run('onConfirmDecline', event({ id: invitationId(s, CHLOE, ALGEBRA) }), CHLOE);
    expect(s.writes()).toEqual(['invitations.delete 200']);
    expect(chloeIn(s)).toEqual([]);
  });

  it('a forged courseId on revoke changes nothing but the invitation named by its id', () => {
    const s = school({ latencyMs: 0 });
    s.emu.run('onConfirmRevoke', event({ id: invitationId(s, CHLOE, ALGEBRA), courseId: BIOLOGY }), ADA);
    expect(s.writes()).toEqual(['invitations.delete 200']);
    expect(pendingOf(s, BIOLOGY)).toContain('liam.chen@demo-school.edu STUDENT');
  });
});

describe('OWNER: only the course owner offers it (Classroom API guide "User roles")', () => {
  it('a co-teacher is not offered Owner; the owner is', () => {
    const s = school({ latencyMs: 0 });
    const grace = s.panel(GRACE);
    grace.openHomepage();
    grace.click('Biology · Period 4');
    expect(roleChoices(grace.card, 'role')).toEqual(['STUDENT', 'TEACHER']);
    grace.click('Manage', { row: 'Liam Chen' });
    expect(roleChoices(grace.card)).toEqual(['TEACHER']);
    const marie = s.panel(MARIE);
    marie.openHomepage();
    marie.click('Biology · Period 4');
    expect(roleChoices(marie.card, 'role')).toEqual(['STUDENT', 'TEACHER', 'OWNER']);
    marie.click('Manage', { row: 'Liam Chen' });
    expect(roleChoices(marie.card)).toEqual(['TEACHER', 'OWNER']);
  });

  it('a co-teacher forging an Owner change is refused before any delete', () => {
    const s = school({ latencyMs: 0 });
    const id = invitationId(s, 'liam.chen@demo-school.edu', BIOLOGY);
    const result = s.emu.run('onChangeRole', event({ id }, { newRole: 'OWNER' }), GRACE);
    expect(JSON.stringify(result)).toMatch(/Only the owner of this course can invite someone as Owner/);
    expect(s.writes()).toEqual([]);
  });

  it('the emulator refuses an OWNER invitation from a co-teacher with PERMISSION_DENIED', () => {
    // Alan made a co-teacher of Biology (owner Marie, co-teacher Grace): Grace may not offer him ownership, Marie may.
    const seed = demoSeed();
    const alan = seed.users.find((u) => u.email === 'alan.turing@demo-school.edu')!.id;
    seed.courses.find((c) => c.id === BIOLOGY)!.teachers.push(alan);
    const s = school({ seed, latencyMs: 0 });
    const owner = (actor: string) => () =>
      s.emu.world.createInvitation(actor, { userId: 'alan.turing@demo-school.edu', courseId: BIOLOGY, role: 'OWNER' });
    expect(owner(GRACE)).toThrow(expect.objectContaining({ httpCode: 403, status: 'PERMISSION_DENIED' }));
    expect(owner(MARIE)).not.toThrow();
  });

  it('an Owner change for someone not yet a co-teacher explains the two steps on a card, one click from step 1', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(MARIE);
    p.openHomepage();
    p.click('Biology · Period 4');
    p.click('Manage', { row: 'Liam Chen' });
    p.select('newRole', ['OWNER']);
    p.click('Change role');
    expect(p.texts()).toContain('Ownership takes two steps');
    expect(p.notification).toBeNull();
    expect(s.writes()).toEqual([]);
    p.click('Invite as co-teacher');
    expect(pendingOf(s, BIOLOGY)).toContain('liam.chen@demo-school.edu TEACHER');
    p.back();
    expect(p.texts().some((x) => x.startsWith('liam.chen@demo-school.edu'))).toBe(true);
  });
});

describe('junk ids write nothing', () => {
  const junkIds = ['__proto__', 'constructor', 'NaN', '-1', '0', 'null', 'undefined', 'AAAA', 'x'.repeat(200)];

  it.each(junkIds)('id %j: zero write calls at every write entry point', (id) => {
    const s = school({ latencyMs: 0 });
    for (const fn of ['onConfirmRevoke', 'onConfirmDecline', 'onChangeRole', 'onAcceptInvitation']) {
      for (const user of [ADA, CHLOE]) {
        const result = s.emu.run(fn, event({ id, courseId: ALGEBRA }, { newRole: 'TEACHER' }), user);
        expect(['Card', 'ActionResponse']).toContain(result.kind);
      }
    }
    expect(s.writes()).toEqual([]);
  });

  it('a lookup id that is too long says so', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('invitationId', 'A'.repeat(10_000));
    const calls = s.emu.api.log.length;
    p.click(t('lookup.button'));
    expect(JSON.stringify(p.snapshot())).toMatch(/An invitation ID has at most 200 characters/);
    expect(s.emu.api.log.length).toBe(calls);
  });

  it("removing another user's background task (or an unknown one) says nothing was removed", () => {
    const s = school({ latencyMs: 0 });
    s.emu.asUser(GRACE, () => {
      ScriptApp.newTrigger('onJobsTick').timeBased().everyHours(1).create();
    });
    const theirs = s.emu.triggers[0]!.id;
    for (const id of [theirs, 'nope']) {
      const result = s.emu.run('onRemoveTrigger', event({ id }), ADA);
      expect(JSON.stringify(result)).toMatch(/Nothing to remove/);
    }
    expect(s.emu.triggers).toHaveLength(1);
  });

  it('fuzz: every invitation entry point, random ids and roles, three users: 0 uncaught errors, 0 writes', () => {
    const s = school({ latencyMs: 0 });
    const fns = [
      'onConfirmRevoke',
      'onConfirmDecline',
      'onChangeRole',
      'onAcceptInvitation',
      'onRevokeInvitation',
      'onDeclineInvitation',
      'onShowInvitation',
      'onLookup',
      'onRemoveTrigger',
    ];
    const id = fc.oneof(
      fc.constantFrom(...junkIds),
      fc.string(),
      fc.base64String(),
      fc.string().map((x) => Buffer.from(x).toString('base64url')),
      fc.tuple(fc.nat(), fc.nat()).map(([c, u]) => Buffer.from(`${c}|${u}`).toString('base64url')),
    );
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fns), id, fc.string(), fc.constantFrom(ADA, CHLOE, GRACE), (fn, i, role, user) => {
        runs++;
        const result = s.emu.run(fn, event({ id: i, courseId: i }, { newRole: role, invitationId: i }), user);
        expect(['Card', 'ActionResponse']).toContain(result.kind);
        expect(JSON.stringify(result)).not.toMatch(/\bat \w+ \(|TypeError|ReferenceError/);
      }),
      { numRuns: 400, seed: 20261201 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
    expect(s.writes()).toEqual([]);
    expect(s.emu.executions.filter((e) => e.error !== undefined && e.error !== null)).toEqual([]);
  });
});

describe('after a change, every card below shows the new truth', () => {
  it('change Chloé to Teacher, press back: the course says Teacher and Manage opens the new invitation', () => {
    const s = school({ latencyMs: 0 });
    const p = toChloe(s);
    p.click('Change role');
    expect(p.notification).toBe('chloe.dubois@demo-school.edu is now invited as Teacher.');
    p.back();
    expect(p.texts().join('\n')).toMatch(/Teacher\nChloé Dubois/);
    p.click('Manage', { row: 'Chloé Dubois' });
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain('Teacher');
    expect(p.texts().some((x) => x.includes(invitationId(s, CHLOE, ALGEBRA)))).toBe(true);
  });

  it('revoke, then back: the homepage count is fresh', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Manage', { row: 'Chloé Dubois' });
    p.click('Revoke');
    p.click('Revoke invitation');
    expect(p.notification).toBe('Invitation revoked.');
    expect(p.texts().some((x) => x.includes('Chloé Dubois'))).toBe(false);
    p.back();
    expect(p.texts()).toContain('2 pending invitations');
  });
});
