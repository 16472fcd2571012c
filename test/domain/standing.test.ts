// Where a person stands across the user's courses: teacher over student in the same course, only courses the user
// teaches, invitations with the ledger's age when it knows them (sent or seen), none otherwise.
import type { LedgerEntry } from '../../src/domain/ledger';
import { placesOf } from '../../src/domain/standing';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 8, 20);
const TEACHING = new Set(['c1', 'c2', 'c3']);
const inv = (id: string, courseId: string) => ({ id, courseId, userId: 'u1', role: 'STUDENT' as const });

describe('placesOf', () => {
  it('lists memberships first (teacher wins over student), then invitations, in taught courses only', () => {
    const places = placesOf(
      'sam@school.test',
      { invitations: [inv('i3', 'c3'), inv('i9', 'other')], studentOf: ['c1', 'c2', 'other'], teacherOf: ['c2'] },
      TEACHING,
      [],
      NOW,
    );
    expect(places).toEqual([
      { kind: 'member', courseId: 'c2', as: 'TEACHER' },
      { kind: 'member', courseId: 'c1', as: 'STUDENT' },
      { kind: 'invited', courseId: 'c3', role: 'STUDENT', invitationId: 'i3' },
    ]);
  });

  it('gives an invitation the age the ledger knows: sent 12 days ago, or seen since', () => {
    const ledger: LedgerEntry[] = [
      {
        status: 'pending',
        courseId: 'c1',
        role: 'STUDENT',
        origin: 'gmail',
        at: NOW - 12 * DAY,
        email: 'sam@school.test',
        reminders: 0,
      },
      { status: 'pending', courseId: 'c2', role: 'STUDENT', at: NOW - 3 * DAY, invitationId: 'i2', reminders: 0 },
      // Settled: no longer an open invitation, never an age.
      {
        status: 'declined',
        courseId: 'c3',
        role: 'STUDENT',
        origin: 'click',
        at: NOW - 40 * DAY,
        invitationId: 'i3',
        reminders: 0,
      },
    ];
    const places = placesOf(
      'sam@school.test',
      { invitations: [inv('i1', 'c1'), inv('i2', 'c2'), inv('i3', 'c3')], studentOf: [], teacherOf: [] },
      TEACHING,
      ledger,
      NOW,
    );
    expect(places.map((p) => (p.kind === 'invited' ? p.age : undefined))).toEqual([
      { kind: 'sent', at: NOW - 12 * DAY, days: 12 },
      { kind: 'seen', at: NOW - 3 * DAY, days: 3 },
      undefined,
    ]);
  });

  it('is empty for someone in none of the courses', () => {
    expect(placesOf('pat@mail.test', { invitations: [], studentOf: [], teacherOf: [] }, TEACHING, [], NOW)).toEqual([]);
  });
});
