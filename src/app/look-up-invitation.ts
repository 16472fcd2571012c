// Look up one invitation by id with what a person needs to read it: the invitee, the course, and who the reader is.
import { coursesById } from '../classroom/courses';
import { currentUser, resolveProfiles } from '../classroom/profiles';
import { ageOf } from '../domain/age';
import type { Invitation, InvitationView, Viewer } from '../domain/types';
import { isOwner, readInvitation, requireInvitee, requireTeacher } from './permissions';
import { loadLedger } from '../platform/ledger-store';
import { entryFor } from './follow-up';

function viewOf(inv: Invitation): InvitationView {
  const invitee = resolveProfiles([inv.userId]).get(inv.userId) ?? { id: inv.userId, email: '', name: '' };
  const course = coursesById([inv.courseId]).get(inv.courseId);
  return { ...inv, invitee, ...(course ? { course } : {}) };
}

/** The invitation's card: only the course owner is offered OWNER (see app/permissions.ts for Google's rule). */
export function showInvitation(inv: Invitation) {
  const view = viewOf(inv);
  const me = currentUser();
  const viewer: Viewer = me.id === inv.userId ? 'invitee' : 'manager';
  const shown = { view, viewer, mayOfferOwner: view.course !== undefined && isOwner(view.course, me) };
  const entry = entryFor(loadLedger(), inv);
  if (!entry) return shown;
  // Google hides some profiles; the ledger still knows the address the add-on invited.
  if (!view.invitee.email && entry.email) view.invitee = { ...view.invitee, email: entry.email };
  // When and by whom it was sent (or since when it is seen), from the invitation ledger.
  return { ...shown, followUp: { age: ageOf(entry, Date.now()), reminders: entry.reminders } };
}

export function lookUpInvitation(id: string) {
  return showInvitation(readInvitation(id));
}

/** The invitation as read before asking "are you sure?", refused early when the reader may not do it. */
export function invitationToConfirm(id: string, action: 'revoke' | 'decline'): InvitationView {
  const inv = readInvitation(id);
  if (action === 'revoke') requireTeacher(inv.courseId);
  else requireInvitee(inv, 'err.decline.denied');
  return viewOf(inv);
}
