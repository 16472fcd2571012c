// Look up one invitation (by id from a card or typed by the user) with what a person needs to read it: the
// invitee's name, the course, and whether the reader is the invitee or someone managing the course.
import * as classroom from '../classroom/advanced';
import { coursesById } from '../classroom/courses';
import { currentUser, resolveProfiles } from '../classroom/profiles';
import type { Invitation, InvitationView, Viewer } from '../domain/types';

export interface ShownInvitation {
  view: InvitationView;
  viewer: Viewer;
}

export function viewerOf(inv: Invitation): Viewer {
  return currentUser().id === inv.userId ? 'invitee' : 'manager';
}

export function viewOf(inv: Invitation): InvitationView {
  const invitee = resolveProfiles([inv.userId]).get(inv.userId) ?? { id: inv.userId, email: '', name: '' };
  const course = coursesById([inv.courseId]).get(inv.courseId);
  return { ...inv, invitee, ...(course ? { course } : {}) };
}

export function showInvitation(inv: Invitation): ShownInvitation {
  return { view: viewOf(inv), viewer: viewerOf(inv) };
}

export function lookUpInvitation(id: string): ShownInvitation {
  return showInvitation(classroom.getInvitation(id));
}

/** The invitation as read before asking "are you sure?". */
export function invitationToConfirm(id: string): InvitationView {
  return viewOf(classroom.getInvitation(id));
}
