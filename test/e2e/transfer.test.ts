// Owner transfer as a wizard, end to end on the built bundle (issue 11): from the course card to a new owner with
// the virtual clock advanced and the person accepting in between, the hourly run noticing each acceptance, every
// execution killed before and after each of its writes (every call: `npm run chaos`) and after each Classroom call,
// cancel at each step, and no offer to a co-teacher who is not the owner.
// The world is the judge: never two OWNER invitations, never a second OWNER create, and the transfer always ends.
import type { AddonPanel, Emulator } from '@classroom-invitations/emulator';
import { killPoints, serviceCalls } from '../../bench/chaos-points';
import { addStudents } from '../../bench/worlds';
import { translator } from '../../src/i18n';
import { ADA, ALAN, ALGEBRA, GRACE, pendingOf, school, type School } from './harness';

const t = translator('en');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALGEBRA_ROW = 'Algebra I · Period 2';
const KILLED = 'killed by the test';
const name = 'Grace Hopper';

interface Setup extends School {
  ada: AddonPanel;
}

function setup(): Setup {
  const s = school({ latencyMs: 50 });
  return { ...s, ada: s.panel(ADA) };
}

function openAlgebra(s: Setup): void {
  s.ada.openHomepage();
  s.ada.click(ALGEBRA_ROW);
  expect(s.ada.lastError).toBeNull();
}

/** Course card → "Transfer ownership" → type Grace's address → "Start the transfer". */
function startToGrace(s: Setup): void {
  openAlgebra(s);
  s.ada.click(t('transfer.offer'));
  s.ada.fill('transferEmail', GRACE);
  s.ada.click(t('transfer.start.button'));
}

/** Grace, in her own add-on, accepts her invitation to Algebra I (the emulator's acting user switched to her). */
function graceAccepts(s: Setup): void {
  const grace = s.panel(GRACE);
  grace.openHomepage();
  grace.click(t('invitation.accept'), { row: ALGEBRA_ROW });
  expect(grace.lastError).toBeNull();
}

function transferTriggers(emu: Emulator) {
  return emu.triggers.filter((x) => x.handler === 'onJobsTick');
}

function hourlyRun(s: Setup): void {
  s.emu.clock.advance(HOUR);
  s.emu.runDueTriggers();
}

function graceInvitations(s: Setup): string[] {
  return pendingOf(s, ALGEBRA).filter((x) => x.startsWith(GRACE));
}

function ownerCreates(emu: Emulator): number {
  return emu.api.log.filter(
    (e) =>
      e.method === 'invitations.create' &&
      e.status === 200 &&
      (e.args as { body: { role: string } }).body.role === 'OWNER',
  ).length;
}

/** The status lines Ada's homepage shows for her transfers. */
function homeStatus(s: Setup): string[] {
  s.ada.openHomepage();
  expect(s.ada.lastError).toBeNull();
  return s.ada.texts().filter((x) => x.includes(name) && !x.startsWith('Signed'));
}

function world(s: Setup) {
  const course = s.emu.world.course(ALGEBRA)!;
  const grace = s.emu.world.user(GRACE)!.id;
  return { isTeacher: course.teachers.includes(grace), isOwner: course.ownerId === grace };
}

describe('owner transfer: from the course card to a new owner', () => {
  it('invites as co-teacher, waits days, and the hourly run sends the OWNER invitation once Grace accepted', () => {
    const s = setup();
    startToGrace(s);
    expect(s.ada.lastError).toBeNull();
    expect(s.ada.texts()).toEqual(
      expect.arrayContaining([
        t('transfer.status.awaitTeacher.today', { name }),
        t('transfer.next.awaitTeacher', { name }),
        t('transfer.cancel'),
      ]),
    );
    expect(graceInvitations(s)).toEqual([`${GRACE} TEACHER`]);
    expect(transferTriggers(s.emu)).toHaveLength(1);

    s.emu.clock.advance(2 * DAY);
    expect(homeStatus(s)).toEqual([t('transfer.status.awaitTeacher', { name, days: 2 })]);
    s.emu.runDueTriggers(); // hourly runs while Grace has not answered: nothing new is sent
    expect(graceInvitations(s)).toEqual([`${GRACE} TEACHER`]);

    graceAccepts(s);
    expect(world(s)).toEqual({ isTeacher: true, isOwner: false });
    hourlyRun(s);
    expect(graceInvitations(s)).toEqual([`${GRACE} OWNER`]);
    expect(homeStatus(s)).toEqual([t('transfer.status.awaitOwner.today', { name })]);

    s.emu.clock.advance(DAY);
    expect(homeStatus(s)).toEqual([t('transfer.status.awaitOwner.one', { name })]);
    graceAccepts(s);
    hourlyRun(s);
    expect(world(s)).toEqual({ isTeacher: true, isOwner: true });
    expect(homeStatus(s)).toEqual([t('transfer.status.done', { name })]);
    expect(ownerCreates(s.emu)).toBe(1);
    expect(transferTriggers(s.emu)).toHaveLength(0); // nothing left to wait for
    expect(s.emu.executions.filter((e) => e.error)).toEqual([]);
  });
});

describe('owner transfer: only while the approval still holds', () => {
  function ownerCreateAttempts(emu: Emulator): number {
    return emu.api.log.filter(
      (e) => e.method === 'invitations.create' && (e.args as { body: { role: string } }).body.role === 'OWNER',
    ).length;
  }

  it('shows when it expires; 30 days on, it stops with the reason and sends no OWNER invitation', () => {
    const s = setup();
    const started = s.emu.clock.now();
    startToGrace(s);
    const expires = new Intl.DateTimeFormat(t('followup.intl'), { day: 'numeric', month: 'short' }).format(
      new Date(started + 30 * DAY),
    );
    expect(s.ada.texts()).toContain(t('transfer.expires', { date: expires }));
    s.emu.clock.advance(30 * DAY);
    graceAccepts(s); // a month late
    hourlyRun(s);
    expect(world(s)).toEqual({ isTeacher: true, isOwner: false });
    expect(ownerCreateAttempts(s.emu)).toBe(0);
    expect(graceInvitations(s)).toEqual([]);
    expect(homeStatus(s)).toEqual([t('transfer.failed.expired', { name, days: 30 })]);
    // The wizard says so, offers Close, and no longer an expiry date.
    s.ada.click(t('transfer.failed.expired', { name, days: 30 }));
    expect(s.ada.texts()).toContain(t('transfer.close'));
    expect(s.ada.texts().some((x) => x.startsWith('Expires on'))).toBe(false);
    hourlyRun(s);
    expect(ownerCreateAttempts(s.emu)).toBe(0);
    expect(transferTriggers(s.emu)).toHaveLength(0);
  });

  it('re-checks the owner before the OWNER invitation: after an admin gave the class to someone else, it stops', () => {
    const s = setup();
    startToGrace(s);
    const newOwner = s.emu.world.addUser({
      email: 'principal@demo-school.edu',
      name: { givenName: 'Pat', familyName: 'Principal', fullName: 'Pat Principal' },
    });
    const course = s.emu.world.course(ALGEBRA);
    s.emu.world.updateCourse(ALGEBRA, { ownerId: newOwner.id, teachers: [...(course?.teachers ?? []), newOwner.id] });
    s.emu.clock.advance(DAY);
    graceAccepts(s);
    hourlyRun(s);
    expect(ownerCreateAttempts(s.emu)).toBe(0);
    expect(homeStatus(s)).toEqual([t('transfer.failed.notOwner', { name })]);
    expect(s.emu.world.course(ALGEBRA)?.ownerId).toBe(newOwner.id);
  });
});

describe('owner transfer: the one hourly trigger', () => {
  it('stays while a transfer waits, even when a bulk job finishes in its click, and goes once it is done', () => {
    const s = setup();
    startToGrace(s);
    const emails = addStudents(s.emu.world, 120);
    openAlgebra(s);
    s.ada.click(t('course.bulk'));
    s.ada.fill('bulkEmails', emails.join('\n'));
    s.ada.click(t('bulk.preview'));
    s.ada.click(t('preview.confirm', { count: 120 }));
    expect(s.ada.texts()).toContain(t('job.title.done', { course: 'Algebra I' }));
    expect(transferTriggers(s.emu)).toHaveLength(1); // the job needs it no more; the transfer does
    graceAccepts(s);
    hourlyRun(s);
    expect(transferTriggers(s.emu)).toHaveLength(1);
    graceAccepts(s);
    hourlyRun(s);
    expect(world(s).isOwner).toBe(true);
    expect(transferTriggers(s.emu)).toHaveLength(0);
  });
});

describe('owner transfer: who is offered it', () => {
  it('is offered to the owner of a course, not to a co-teacher who does not own it', () => {
    const s = setup();
    const grace = s.panel(GRACE);
    grace.openHomepage();
    grace.click('Biology · Period 4'); // Grace co-teaches Biology; Marie Curie owns it
    expect(grace.lastError).toBeNull();
    expect(grace.texts()).not.toContain(t('transfer.offer'));
    grace.openHomepage();
    grace.click('Statistics · Dual enrollment'); // Grace owns Statistics
    expect(grace.texts()).toContain(t('transfer.offer'));
  });

  it('a co-teacher who forges the start action is refused in plain words, and nothing is sent', () => {
    const s = setup();
    const grace = s.panel(GRACE);
    grace.openHomepage();
    grace.click('Statistics · Dual enrollment');
    grace.click(t('transfer.offer'));
    // The start card of a course she owns, replayed against Biology, which she does not own.
    const start = grace.clickables().find((c) => c.text === t('transfer.start.button'))!;
    const onClick = JSON.parse(JSON.stringify(start.onClick)) as {
      action: { parameters: { key: string; value: string }[] };
    };
    for (const p of onClick.action.parameters) if (p.key === 'courseId') p.value = '100000000503';
    grace.fill('transferEmail', ADA);
    grace.clickOnClick(onClick as typeof start.onClick);
    expect(grace.notification ?? grace.lastError).toBe(t('transfer.notOwner'));
    expect(s.writes()).toEqual([]);
  });
});

describe('owner transfer: offered where an OWNER invitation is refused (IneligibleOwner)', () => {
  it('from the invite form: "Start a transfer" opens the wizard prefilled with the refused address', () => {
    const s = setup();
    openAlgebra(s);
    s.ada.fill('emails', GRACE);
    s.ada.select('role', ['OWNER']);
    s.ada.click(t('course.invite.button'));
    expect(s.ada.texts().join(' ')).toContain(t('err.ineligibleOwner', { email: GRACE }));
    s.ada.click(t('transfer.fromRefusal'));
    expect(s.ada.formValues.transferEmail).toEqual([GRACE]);
    s.ada.click(t('transfer.start.button'));
    expect(s.ada.lastError).toBeNull();
    expect(s.ada.texts()).toContain(t('transfer.status.awaitTeacher.today', { name }));
    expect(graceInvitations(s)).toEqual([`${GRACE} TEACHER`]);
  });

  it('from a role change to Owner: the wizard opens prefilled and adopts the TEACHER invitation already pending', () => {
    const s = setup();
    const alan = 'Alan Turing';
    openAlgebra(s);
    s.ada.click(t('course.manage'), { row: alan });
    s.ada.select('newRole', ['OWNER']);
    s.ada.click(t('invitation.changeRole'));
    expect(s.ada.lastError).toBeNull();
    // Nothing deleted: the two steps are explained on a card that offers the wizard, prefilled.
    expect(s.ada.texts()).toContain(t('owner.twoSteps.step1', { email: ALAN }));
    s.ada.click(t('transfer.fromRefusal'));
    expect(s.ada.formValues.transferEmail).toEqual([ALAN]);
    s.ada.click(t('transfer.start.button'));
    expect(s.ada.lastError).toBeNull();
    const alanInvitations = () => pendingOf(s, ALGEBRA).filter((x) => x.startsWith(ALAN));
    expect(alanInvitations()).toEqual([`${ALAN} TEACHER`]); // the one he had: no second one, none lost
    expect(s.ada.texts()).toContain(t('transfer.status.awaitTeacher.today', { name: alan }));
    const alanPanel = s.panel(ALAN);
    alanPanel.openHomepage();
    alanPanel.click(t('invitation.accept'), { row: ALGEBRA_ROW });
    hourlyRun(s);
    expect(alanInvitations()).toEqual([`${ALAN} OWNER`]);
  });
});

/** Opens the wizard from Ada's homepage and presses Cancel. */
function cancelFromHome(s: Setup): void {
  s.ada.openHomepage();
  s.ada.click((c) => c.text.includes(name));
  expect(s.ada.lastError).toBeNull();
  s.ada.click(t('transfer.cancel'));
  expect(s.ada.lastError).toBeNull();
  expect(s.ada.notification).toBe(t('transfer.cancelled'));
}

describe('owner transfer: cancel at each step', () => {
  it('while waiting for the co-teacher acceptance: the TEACHER invitation is withdrawn', () => {
    const s = setup();
    startToGrace(s);
    cancelFromHome(s);
    expect(graceInvitations(s)).toEqual([]);
    expect(homeStatus(s)).toEqual([t('transfer.status.cancelled', { name })]);
    hourlyRun(s);
    expect(transferTriggers(s.emu)).toHaveLength(0);
    s.emu.clock.advance(3 * HOUR);
    expect(s.emu.runDueTriggers()).toEqual([]);
    expect(graceInvitations(s)).toEqual([]);
  });

  it('while waiting for the owner acceptance: the OWNER invitation is withdrawn, Grace stays a co-teacher', () => {
    const s = setup();
    startToGrace(s);
    graceAccepts(s);
    hourlyRun(s);
    expect(graceInvitations(s)).toEqual([`${GRACE} OWNER`]);
    cancelFromHome(s);
    expect(graceInvitations(s)).toEqual([]);
    expect(world(s)).toEqual({ isTeacher: true, isOwner: false });
    s.emu.clock.advance(3 * HOUR);
    s.emu.runDueTriggers();
    expect(graceInvitations(s)).toEqual([]);
    expect(ownerCreates(s.emu)).toBe(1);
  });

  it('a finished transfer can be closed: its line leaves the homepage, and a new one can start', () => {
    const s = setup();
    startToGrace(s);
    cancelFromHome(s);
    s.ada.click(t('transfer.close'));
    expect(homeStatus(s)).toEqual([]);
    startToGrace(s);
    expect(s.ada.lastError).toBeNull();
    expect(graceInvitations(s)).toEqual([`${GRACE} TEACHER`]);
  });
});

/** Kills an execution at its n-th service call, or once Classroom has processed its n-th call (answer never read). */
class Killer {
  private dead = false;
  constructor(private readonly emu: Emulator) {}

  atServiceCall(n: number): void {
    let seen = 0;
    this.emu.onServiceCall = () => {
      if (this.dead || ++seen === n) this.kill();
    };
  }

  atApiCall(n: number): void {
    let seen = 0;
    this.emu.onServiceCall = () => {
      if (this.dead) throw new Error(KILLED);
    };
    this.emu.api.onCall = () => {
      if (++seen === n) this.kill();
    };
  }

  disarm(): void {
    this.dead = false;
    this.emu.onServiceCall = undefined;
    this.emu.api.onCall = undefined;
  }

  private kill(): never {
    this.dead = true;
    throw new Error(KILLED);
  }
}

function creates(emu: Emulator, role: string): number {
  return emu.api.log.filter(
    (e) =>
      e.method === 'invitations.create' &&
      e.status === 200 &&
      (e.args as { body: { role: string } }).body.role === role,
  ).length;
}

/**
 * What happens after a kill, as people and the trigger would go on: Ada starts again if no transfer was saved,
 * Grace accepts whatever invitation is waiting for her, the hourly run does the rest. Never two OWNER invitations.
 */
function finish(s: Setup): void {
  for (let round = 0; round < 10 && !world(s).isOwner; round++) {
    if (homeStatus(s).length === 0) startToGrace(s);
    expect(graceInvitations(s).length).toBeLessThanOrEqual(1);
    if (graceInvitations(s).length === 1) graceAccepts(s);
    hourlyRun(s);
  }
  hourlyRun(s); // the run after the last acceptance records it
}

function expectOwnedOnce(s: Setup): void {
  expect(world(s)).toEqual({ isTeacher: true, isOwner: true });
  expect(homeStatus(s)).toEqual([t('transfer.status.done', { name })]);
  expect({ teacherCreates: creates(s.emu, 'TEACHER'), ownerCreates: creates(s.emu, 'OWNER') }).toEqual({
    teacherCreates: 1,
    ownerCreates: 1,
  });
  expect(graceInvitations(s)).toEqual([]);
  expect(transferTriggers(s.emu)).toHaveLength(0);
}

/**
 * The executions killed: the start click (the start card already filled in), and the hourly run that notices
 * Grace's acceptance and sends the OWNER invitation. `prepare` brings a fresh school to just before it.
 */
const PHASES = {
  start: {
    prepare: (s: Setup): void => {
      openAlgebra(s);
      s.ada.click(t('transfer.offer'));
      s.ada.fill('transferEmail', GRACE);
    },
    run: (s: Setup): void => {
      s.ada.click(t('transfer.start.button'));
    },
  },
  ownerRun: {
    prepare: (s: Setup): void => {
      startToGrace(s);
      graceAccepts(s);
      s.emu.clock.advance(HOUR);
    },
    run: (s: Setup): void => {
      s.emu.runDueTriggers();
    },
  },
} as const;

function prepare(phase: keyof typeof PHASES): Setup {
  const s = setup();
  PHASES[phase].prepare(s);
  return s;
}

/** The service calls of the phase's execution, the kill points among them, and its Classroom calls. */
function count(phase: keyof typeof PHASES): { service: number; points: number[]; api: number } {
  const s = prepare(phase);
  let api = 0;
  s.emu.api.onCall = () => {
    api++;
  };
  const service = serviceCalls(s.emu, () => {
    PHASES[phase].run(s);
  });
  s.emu.api.onCall = undefined;
  return { service: service.length, points: killPoints(service), api };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each(['start', 'ownerRun'] as const)('owner transfer: the %s execution killed', (phase) => {
  const calls = count(phase);

  it('has service and Classroom calls to kill at', () => {
    expect(calls.service).toBeGreaterThan(5);
    expect(calls.api).toBeGreaterThan(1);
  });

  it.each(calls.points)('at service call %i: the transfer still ends with one owner invitation', (n) => {
    const s = prepare(phase);
    const killer = new Killer(s.emu);
    killer.atServiceCall(n);
    PHASES[phase].run(s);
    killer.disarm();
    finish(s);
    expectOwnedOnce(s);
  });

  it.each(range(calls.api))('after Classroom call %i, its answer lost: the transfer still ends exactly', (n) => {
    const s = prepare(phase);
    const killer = new Killer(s.emu);
    killer.atApiCall(n);
    PHASES[phase].run(s);
    killer.disarm();
    finish(s);
    expectOwnedOnce(s);
  });

  it.each(calls.points)('at service call %i, then cancelled: no invitation of the transfer is left', (n) => {
    const s = prepare(phase);
    const killer = new Killer(s.emu);
    killer.atServiceCall(n);
    PHASES[phase].run(s);
    killer.disarm();
    if (homeStatus(s).length > 0) cancelFromHome(s);
    s.emu.clock.advance(HOUR);
    s.emu.runDueTriggers();
    expect(graceInvitations(s)).toEqual([]);
    expect(world(s).isOwner).toBe(false);
  });
});
