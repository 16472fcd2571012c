// A small hand-made world for the Classroom emulator tests: one of each kind of user and course state.
import { ApiFailure, type SeedUser, serverMessage, type WorldSeed } from '@classroom-invitations/emulator';

function person(id: string, given: string, family: string, email: string, extra: Partial<SeedUser> = {}): SeedUser {
  return { id, email, name: { givenName: given, familyName: family, fullName: `${given} ${family}` }, ...extra };
}

export const ID = {
  admin: '100000000001',
  owner: '100000000010',
  coTeacher: '100000000011',
  otherTeacher: '100000000012',
  student: '100000000020',
  newStudent: '100000000021',
  partner: '100000000030',
  untrusted: '100000000031',
  disabled: '100000000032',
  apiOff: '100000000033',
  course: '100000000100',
  otherCourse: '100000000101',
  archived: '100000000102',
  provisioned: '100000000103',
} as const;

export function smallSeed(): WorldSeed {
  return {
    domain: 'school.edu',
    trustedDomains: ['partner.org'],
    untrustedDomains: ['spam.example'],
    users: [
      person(ID.admin, 'Ann', 'Admin', 'admin@school.edu', { admin: true }),
      person(ID.owner, 'Olga', 'Owner', 'owner@school.edu'),
      person(ID.coTeacher, 'Carl', 'Coteacher', 'co@school.edu'),
      person(ID.otherTeacher, 'Tom', 'Other', 'other@school.edu'),
      person(ID.student, 'Sam', 'Student', 'sam@school.edu'),
      person(ID.newStudent, 'Nina', 'New', 'Nina.New@school.edu'),
      person(ID.partner, 'Pia', 'Partner', 'pia@partner.org'),
      person(ID.untrusted, 'Ulf', 'Untrusted', 'ulf@spam.example'),
      person(ID.disabled, 'Dan', 'Disabled', 'dan@school.edu', { disabled: true }),
      person(ID.apiOff, 'Ola', 'Off', 'off@school.edu', { apiDisabled: true }),
    ],
    courses: [
      {
        id: ID.course,
        name: 'Algebra',
        section: 'P2',
        ownerId: ID.owner,
        courseState: 'ACTIVE',
        teachers: [ID.owner, ID.coTeacher],
        students: [ID.student],
        creationTime: '2025-09-01T00:00:00Z',
      },
      {
        id: ID.otherCourse,
        name: 'Art',
        ownerId: ID.otherTeacher,
        courseState: 'ACTIVE',
        teachers: [ID.otherTeacher],
        students: [],
        creationTime: '2025-09-02T00:00:00Z',
      },
      {
        id: ID.archived,
        name: 'Old',
        ownerId: ID.owner,
        courseState: 'ARCHIVED',
        teachers: [ID.owner],
        students: [],
        creationTime: '2024-09-01T00:00:00Z',
      },
      {
        id: ID.provisioned,
        name: 'Next',
        ownerId: ID.owner,
        courseState: 'PROVISIONED',
        teachers: [ID.owner],
        students: [],
        creationTime: '2025-09-03T00:00:00Z',
      },
    ],
    invitations: [],
    messages: [],
  };
}

/** Runs `fn` and returns the ApiFailure it throws (fails the test when it does not throw one). */
export function failureOf(fn: () => unknown): ApiFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiFailure) return e;
    throw e;
  }
  throw new Error('expected an ApiFailure, but the call succeeded');
}

/** "403 PERMISSION_DENIED @Reason" style summary, to assert code, status and reason at once. */
export function summary(f: ApiFailure): string {
  return `${f.httpCode} ${f.status}${f.reason ? ` @${f.reason}` : ''}`;
}

export { serverMessage };
