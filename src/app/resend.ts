// Resend one invitation: delete + create as a one-item plan on the step engine (a kill loses none, resends none twice).
import { resolveProfiles } from '../classroom/profiles';
import { AppError } from '../domain/errors';
import { stateOf, type Plan, type Write } from '../domain/plan';
import type { Role } from '../domain/roles';
import { findOpen, recordReminder, recordResent, type Ledger } from '../domain/ledger';
import { deletePlan } from '../platform/plan-store';
import { loadLedger, tryUpdateLedger } from '../platform/ledger-store';
import { approvedPlan, locked, savedAndRun, type Kind, type StepReport } from './engine';
import { readInvitation, requireTeacher } from './permissions';

export const RESENDS_PER_STEP = 25; // Replaces per step: a batch of deletes and one of creates

// The ledger after this step's resends (same-role replaces): a sweep's reminder adds one (`recordReminder`), a user's
// resend is a new send (`recordResent`). Each counts once per plan however often a killed step is finished: dated the
// plan's creation, an entry already dated so is left alone (reminders are days apart: a minute's tolerance is safe).
export function resendsInLedger(plan: Plan, report: StepReport, as: 'reminder' | 'resent'): void {
  const sent = [...report.writes].filter(
    (e): e is [number, Extract<Write, { op: 'replace' }>] =>
      e[1].op === 'replace' && e[1].from === e[1].role && plan.states[e[0]] === 'i',
  );
  if (sent.length === 0) return;
  const at = plan.createdAt;
  // The ledger keeps times to the second (ledger-codec.ts): "dated this plan" is within a minute of it.
  const mine = (time: number | undefined) => time !== undefined && Math.abs(time - at) < 60_000;
  const record = (ledger: Ledger, [i, w]: (typeof sent)[number]): Ledger => {
    const t = { courseId: w.courseId, invitationId: w.invitationId };
    const open = ledger[findOpen(ledger, t)];
    if (as === 'reminder') return mine(open?.lastReminderAt) ? ledger : recordReminder(ledger, t, at);
    if (open?.origin === 'resend' && mine(open.at)) return ledger;
    return recordResent(ledger, t, report.created.get(i) ?? { ...w, id: w.invitationId }, at);
  };
  tryUpdateLedger((start) => sent.reduce(record, start), 3_000);
}

/** A resend's write: the invitation deleted and created again with the same role. */
export function resendOf(e: { courseId: string; userId: string; invitationId: string; role: Role }): Write {
  const { courseId, userId, invitationId, role } = e;
  return { op: 'replace', courseId, userId, invitationId, from: role, role };
}

export const resendKind: Kind = {
  origin: 'resend',
  stepSize: RESENDS_PER_STEP,
  afterStep: (plan, _ctx, report) => {
    resendsInLedger(plan, report, 'resent');
  },
};

/** "Resend" on the invitation card: the invitation deleted and created again, so Classroom emails the invitee again. */
export function resendInvitation(id: string): { email: string; courseId: string; resent: boolean } {
  // A resend deletes: only a teacher of the course, checked before any write (app/permissions.ts).
  const inv = readInvitation(id);
  const { course } = requireTeacher(inv.courseId);
  const entry = loadLedger().find((e) => e.invitationId === inv.id);
  const email = resolveProfiles([inv.userId]).get(inv.userId)?.email || entry?.email || inv.userId;
  const plan = approvedPlan('resend', course, inv.role, [resendOf({ ...inv, invitationId: inv.id })]);
  const run = locked(() => savedAndRun(plan, resendKind), new AppError('CONFLICT', 'job.busy'), 10_000);
  const state = run.plan ? stateOf(run.plan, 0) : 's';
  if (!'pxd'.includes(state)) deletePlan(plan.id); // else the hourly run finishes it
  if (state === 's' || state === 'a') throw new AppError('CLASSROOM_API', 'err.invitation.notFound', { email });
  return { email, courseId: inv.courseId, resent: state === 'i' };
}
