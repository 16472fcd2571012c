// Resend one invitation (Classroom has no resend: delete + create, as a one-item plan on the step engine, so a kill
// anywhere loses no invitation and resends nobody twice), and which of a course's invitations are old enough to
// resend (the ledger's ages).
import { resolveProfiles } from '../classroom/profiles';
import { AppError } from '../domain/errors';
import { DAY_MS, pendingOldestFirst } from '../domain/age';
import { lineOf, newPlan, stateOf, type Plan } from '../domain/plan';
import { recordReminder, type Ledger } from '../domain/ledger';
import { withUserLock } from '../platform/lock';
import { deletePlan, newPlanId, savePlan } from '../platform/plan-store';
import { loadLedger, tryUpdateLedger } from '../platform/ledger-store';
import { courseById } from '../classroom/courses';
import { runPlan, type Kind, type StepReport } from './engine';
import { readInvitation, requireTeacher } from './permissions';

/** Replaces per step: a batch of deletes and one of creates. */
export const RESENDS_PER_STEP = 25;

/**
 * A resend's ledger entry counts one more reminder, once per plan however often a killed step is finished: the
 * reminder's time is the plan's creation, so a second count of the same plan finds it already there.
 */
export function remindersAfter(plan: Plan, report: StepReport, done: (i: number) => boolean): void {
  const sent = [...report.writes].filter(([i, w]) => w.op === 'replace' && w.from === w.role && done(i));
  if (sent.length === 0) return;
  tryUpdateLedger(
    (start) =>
      sent.reduce<Ledger>((ledger, [, w]) => {
        const target = {
          courseId: w.courseId,
          ...(w.userId.includes('@') ? { email: w.userId } : { userId: w.userId }),
        };
        const open = ledger.find((e) => e.courseId === w.courseId && (e.userId === w.userId || e.email === w.userId));
        return open?.lastReminderAt === plan.createdAt ? ledger : recordReminder(ledger, target, plan.createdAt);
      }, start),
    3_000,
  );
}

export const resendKind: Kind = {
  origin: 'resend',
  stepSize: RESENDS_PER_STEP,
  afterStep: (plan, _ctx, report) => {
    remindersAfter(plan, report, (i) => plan.states[i] === 'i');
  },
};

/** "Resend" on the invitation card: the invitation deleted and created again, so Classroom emails the invitee again. */
export function resendInvitation(id: string): { email: string; courseId: string; resent: boolean } {
  // A resend deletes: only a teacher of the course, checked before any write (app/permissions.ts).
  const inv = readInvitation(id);
  requireTeacher(inv.courseId);
  const entry = loadLedger().find((e) => e.invitationId === inv.id);
  const email = resolveProfiles([inv.userId]).get(inv.userId)?.email || entry?.email || inv.userId;
  const base = newPlan(newPlanId(), 'resend', courseById(inv.courseId), inv.role, [], Date.now());
  const write = {
    op: 'replace',
    courseId: inv.courseId,
    userId: inv.userId,
    invitationId: inv.id,
    from: inv.role,
    role: inv.role,
  } as const;
  const plan: Plan = { ...base, lines: [lineOf(base, write)], states: 'p', approvedAt: Date.now() };
  const run = withUserLock(() => {
    savePlan(plan);
    return runPlan(plan, resendKind);
  }, 10_000);
  if (run === null) throw new AppError('CONFLICT', 'job.busy');
  const state = run.plan ? stateOf(run.plan, 0) : 's';
  if (!'pxd'.includes(state)) deletePlan(plan.id); // else the hourly run finishes it
  if (state === 's' || state === 'a') throw new AppError('CLASSROOM_API', 'err.invitation.notFound', { email });
  return { email, courseId: inv.courseId, resent: state === 'i' };
}

/**
 * The course's invitations the add-on sent, pending, and not sent or reminded for at least `days` days (a resend
 * makes one fresh again), per the ledger.
 */
export function oldPending(courseId: string, days: number, now = Date.now()) {
  return pendingOldestFirst(loadLedger(), courseId).filter(
    (e) => e.origin !== undefined && e.invitationId && e.userId && now - (e.lastReminderAt ?? e.at) >= days * DAY_MS,
  );
}
