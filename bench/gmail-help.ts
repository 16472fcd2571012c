// Issue 11: the Gmail card on a message with 30 people, for a teacher of 30 courses, naive and add-on on identical
// worlds. Naive opens each course in turn (students, teachers, invitations, a profile per invitation); the add-on
// asks, per person, for their invitations and the courses they are in, all in one round trip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AddonPanel, Emulator } from '@classroom-invitations/emulator';
import { measure } from './measure';
import { NAIVE } from './naive';
import { DIST, LATENCY_MS, type ScenarioResult } from './scenarios';
import { demoSeed } from './worlds';

const ALAN = 'alan.turing@demo-school.edu';
const PEOPLE = Array.from({ length: 30 }, (_, i) => `pupil${i}@demo-school.edu`);

function world(bundleDir: string): Emulator {
  const seed = demoSeed();
  seed.messages.push({
    id: 'msg-bench',
    threadId: 'thread-bench',
    owner: ALAN,
    from: PEOPLE[0]!,
    to: [ALAN, ...PEOPLE.slice(1, 15)],
    cc: PEOPLE.slice(15),
    subject: 'Joining the classes',
    date: '2026-09-01T08:00:00Z',
    snippet: '',
  });
  const emu = new Emulator({ seed, bundleDir, latencyMs: LATENCY_MS });
  const alan = emu.world.user(ALAN)!;
  const ids = PEOPLE.map(
    (email, i) =>
      emu.world.addUser({ email, name: { givenName: `P${i}`, familyName: 'Pupil', fullName: `P${i} Pupil` } }).id,
  );
  // Alan teaches 2 demo courses and these 28: 30 in all, each with some of the 30 people and 10 invitations.
  for (let c = 0; c < 28; c++) {
    const course = emu.world.addCourse({
      name: `Class ${c}`,
      ownerId: alan.id,
      courseState: 'ACTIVE',
      students: ids.filter((_, k) => k % 28 !== c).slice(0, 20),
    });
    for (const k of [c % 30]) emu.world.addInvitation({ courseId: course.id, userId: ids[k]!, role: 'STUDENT' });
  }
  return emu;
}

export function gmailPeople(naiveDir: string): ScenarioResult {
  const slow = world(naiveDir);
  const naive = measure(slow, () => slow.run(NAIVE.gmail, { emails: PEOPLE }, ALAN, { kind: 'trigger' }));
  const fast = world(DIST);
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
  const p = new AddonPanel((fn, event, who) => fast.run(fn, event, who), {
    user: ALAN,
    host: 'GMAIL',
    manifest,
    now: () => fast.clock.now(),
  });
  const ours = measure(fast, () => {
    p.openMessage({ messageId: 'msg-bench', threadId: 'thread-bench' });
    if (p.lastError !== null) throw new Error(`gmail card: ${p.lastError}`);
    return p.texts();
  });
  const trips = ours.metrics.roundTrips;
  return {
    name: 'Gmail card: 30 people × 30 courses',
    naive,
    ours,
    targets: [{ label: `≤ 3 round trips (${trips})`, ok: trips <= 3 }],
    facts: [
      'add-on: cold cache; per person invitations.list?userId + courses.list?studentId / ?teacherId, side by side',
      'naive: each course in turn: students, teachers, invitations and a profile per invitation',
    ],
  };
}
