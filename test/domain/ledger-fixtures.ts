// Ledger test data: generated entries (fast-check) and a realistic school-sized ledger for the capacity figure.
import fc from 'fast-check';
import { ORIGINS, type LedgerEntry, type Status } from '../../src/domain/ledger';
import { toStoredTime } from '../../src/domain/ledger-codec';
import { ROLES } from '../../src/domain/roles';

export const T0 = Date.UTC(2026, 9, 1, 8, 0);
export const DAY = 86_400_000;

const minuteTime = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2080, 0, 1) }).map(toStoredTime);
const id = fc.oneof(
  fc.bigInt({ min: 1n, max: 10n ** 21n }).map(String),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('0', '007', 'abc-DEF_1'),
);
const email = fc.oneof(
  fc.emailAddress(),
  fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}@${b}`),
  fc.constantFrom('anna.smith1@demo-school.edu', 'Anna.Smith2@demo-school.edu', 'x%,~\t\n@y.z'),
);

/** Any entry the model allows: invitation id only while open, settled time only once settled. */
export const entryArb: fc.Arbitrary<LedgerEntry> = fc
  .record(
    {
      status: fc.constantFrom<Status>('intended', 'pending', 'joined', 'declined', 'withdrawn', 'revoked'),
      courseId: fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 15n }).map(String), fc.string({ minLength: 1 })),
      role: fc.constantFrom(...ROLES),
      origin: fc.option(fc.constantFrom(...ORIGINS), { nil: undefined }),
      at: minuteTime,
      by: fc.option(fc.emailAddress(), { nil: undefined }),
      email: fc.option(email, { nil: undefined }),
      userId: fc.option(id, { nil: undefined }),
      invitationId: fc.option(id, { nil: undefined }),
      reminders: fc.integer({ min: 0, max: 20 }),
      lastDelay: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
      settleDelay: fc.integer({ min: 0, max: 500_000 }),
      seenDelay: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
    },
    { requiredKeys: ['status', 'courseId', 'role', 'at', 'reminders', 'settleDelay'] },
  )
  .map(({ lastDelay, settleDelay, seenDelay, ...r }) => {
    const e: LedgerEntry = { status: r.status, courseId: r.courseId, role: r.role, at: r.at, reminders: r.reminders };
    if (r.origin !== undefined) e.origin = r.origin;
    if (r.by !== undefined) e.by = r.by;
    if (r.email !== undefined) e.email = r.email;
    if (r.userId !== undefined) e.userId = r.userId;
    if (lastDelay !== undefined) e.lastReminderAt = r.at + lastDelay * 60_000;
    const open = r.status === 'intended' || r.status === 'pending';
    if (open && r.invitationId !== undefined) e.invitationId = r.invitationId;
    if (open && seenDelay !== undefined) e.observedAt = r.at + seenDelay * 60_000;
    if (!open) e.settledAt = r.at + settleDelay * 60_000;
    return e;
  });

const FIRST = (
  'james mary robert patricia john jennifer michael linda david elizabeth william barbara richard susan joseph ' +
  'jessica thomas sarah charles karen christopher lisa daniel nancy matthew betty anthony margaret mark sandra ' +
  'donald ashley steven kimberly paul emily andrew donna joshua michelle kenneth carol kevin amanda brian melissa ' +
  'george deborah timothy stephanie ronald rebecca edward sharon jason laura jeffrey cynthia ryan kathleen jacob amy ' +
  'gary angela nicholas shirley eric anna jonathan brenda stephen pamela larry emma justin nicole scott helen ' +
  'brandon samantha benjamin katherine samuel christine gregory debra alexander rachel frank carolyn patrick janet'
).split(' ');
const LAST = (
  'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson ' +
  'anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson ' +
  'walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell ' +
  'mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales ' +
  'murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson ' +
  'watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long'
).split(' ');

/**
 * `n` entries for `n` different people (the worst case for the codec: no person repeats) over 40 courses and
 * 3 domains: 15-digit user ids, a quarter still pending with 15-digit invitation ids, the rest settled.
 */
export function schoolLedger(n: number, seed = 1): LedgerEntry[] {
  // mulberry32: a seeded generator, so the figure is the same on every run.
  let s = seed;
  const rnd = (k: number) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const domains = ['demo-school.edu', 'students.demo-school.edu', 'gmail.com'];
  const out: LedgerEntry[] = [];
  for (let i = 0; i < n; i++) {
    const local = `${FIRST[rnd(FIRST.length)] ?? ''}.${LAST[rnd(LAST.length)] ?? ''}${i % 1000}`;
    const at = toStoredTime(T0 + rnd(300 * 24 * 60) * 60_000);
    const e: LedgerEntry = {
      status: i % 4 === 0 ? 'pending' : (['joined', 'joined', 'declined', 'withdrawn', 'revoked'] as const)[rnd(5)]!,
      courseId: String(600_000_000_000 + rnd(40) * 7_919),
      role: rnd(20) === 0 ? 'TEACHER' : 'STUDENT',
      origin: ORIGINS[rnd(ORIGINS.length)]!,
      at,
      email: `${local}@${domains[rnd(3)] ?? ''}`,
      userId: String(100_000_000_000_000 + rnd(2 ** 30) * 837_113 + i),
      reminders: rnd(3) === 0 ? 1 + rnd(2) : 0,
    };
    if (e.reminders > 0) e.lastReminderAt = at + rnd(20 * 24 * 60) * 60_000;
    if (e.status === 'pending') e.invitationId = String(200_000_000_000_000 + rnd(2 ** 30) * 911 + i);
    else e.settledAt = at + rnd(30 * 24 * 60) * 60_000;
    out.push(e);
  }
  return out;
}
