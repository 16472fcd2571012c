// Plain data the add-on works with, narrowed from the Classroom API's loose JSON (every field optional there).
import type { Role } from './roles';

export interface Invitation {
  id: string;
  courseId: string;
  userId: string; // Numeric Google id: the API returns it even when the invitation was created with an email
  role: Role;
}

export interface Course {
  id: string;
  name: string;
  section: string;
  ownerId: string;
  state: 'ACTIVE' | 'ARCHIVED' | 'PROVISIONED' | 'DECLINED' | 'SUSPENDED' | 'COURSE_STATE_UNSPECIFIED';
  link: string; // https://classroom.google.com/c/... when Classroom gave one
  enrollmentCode?: string; // The class code: Google gives it to teachers only, and none when it is turned off
}

export type Profile = { id: string; email: string; name: string };

/** An invitation joined with what a person needs to read it. */
export type InvitationView = Invitation & { invitee: Profile; course?: Course };

/** Who reads an invitation: the person invited, or someone managing the course. */
export type Viewer = 'invitee' | 'manager';

/** A list behind a "Copy list" button: the copy card's title and its lines (one a line). */
export type CopyList = { title: string; list: string };

// A JSON object (not null, not an array): where a guard of stored data starts.
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
