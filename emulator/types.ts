// Contracts shared by the emulator's parts: the seeded world, the API call log, HTTP exchanges and card JSON.

export type Role = 'STUDENT' | 'TEACHER' | 'OWNER';
export type CourseState = 'ACTIVE' | 'ARCHIVED' | 'PROVISIONED' | 'DECLINED' | 'SUSPENDED';

/** A person of the seeded world. `id` is numeric like Google's (21 digits in real life). */
export interface SeedUser {
  id: string;
  email: string;
  name: { givenName: string; familyName: string; fullName: string };
  /** Domain administrator: may create/get/delete any invitation and list any course. */
  admin?: boolean;
  /** Disabled account: invitations to it fail with FAILED_PRECONDITION. */
  disabled?: boolean;
  /** The user's admin turned the Classroom API off: every call as this user fails with @ClassroomApiDisabled. */
  apiDisabled?: boolean;
  /** Max number of courses the user may belong to (UserGroupsMembershipLimitReached); default unlimited. */
  courseLimit?: number;
  /** Short label for the preview's user switcher, e.g. "Teacher", "Student", "Admin", "External". */
  kind?: string;
}

export interface SeedCourse {
  id: string;
  name: string;
  section?: string;
  ownerId: string;
  courseState: CourseState;
  /** Teacher ids, owner included. */
  teachers: string[];
  students: string[];
  /** Max members (students + teachers) before CourseMemberLimitReached. Default 1000. */
  memberLimit?: number;
  /** Max teachers before CourseTeacherLimitReached. Default 20. */
  teacherLimit?: number;
  creationTime?: string;
}

export interface SeedInvitation {
  id: string;
  courseId: string;
  userId: string;
  role: Role;
}

/** A Gmail message of the world, for the contextual trigger. Addresses may be `Name <email>`. */
export interface SeedMessage {
  id: string;
  threadId: string;
  /** Email of the mailbox owner (the user who sees it). */
  owner: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  date: string;
  snippet: string;
}

export interface WorldSeed {
  /** The school's primary domain. */
  domain: string;
  /** Out-of-domain domains that may be invited (allow-listed by the admin). */
  trustedDomains: string[];
  /** Out-of-domain domains that may NOT be invited (@CannotInviteUserInUntrustedDomain). */
  untrustedDomains: string[];
  users: SeedUser[];
  courses: SeedCourse[];
  invitations: SeedInvitation[];
  messages: SeedMessage[];
  /** Next numeric id to hand out (ids stay unique across restarts of a persisted world). */
  nextId?: number;
}

/** One entry of the API call log (what the preview's drawer and the benchmark show). */
export interface CallLogEntry {
  /** Virtual time the call started, ms since epoch. */
  t: number;
  /** Id of the user the call ran as. */
  user: string;
  /** REST method name, e.g. 'invitations.create', 'courses.list', 'userProfiles.get'. */
  method: string;
  /** Path/query/body arguments as given. */
  args: unknown;
  /** HTTP status returned (200 on success). */
  status: number;
  /** How it travelled: the advanced service, a single REST fetch, a part of a batch, or a part of fetchAll. */
  via: 'advanced' | 'rest' | 'batch' | 'fetchAll';
  /** Sequence number of the HTTP round trip that carried it (batch parts share one). */
  roundTrip: number;
}

/** An HTTP request as UrlFetchApp would send it. */
export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** Body as text (UrlFetchApp payload strings; JSON is stringified by the caller). */
  payload?: string;
  contentType?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
