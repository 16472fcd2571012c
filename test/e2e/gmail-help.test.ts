// Issue 11 on the built bundle: the Gmail card opens on the people of the message, each with where they stand
// across every course the teacher teaches (ages from the ledger), per-person actions, "Reply with the class code"
// as a Gmail draft (never sent), and the cost of a message with 30 people for a teacher of 30 courses.
import type { WidgetJson, WorldSeed } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { ALAN, demoSeed, openPerson, pendingOf, school } from './harness';

const en = translator('en');

const NOAH = 'noah.williams@demo-school.edu'; // student in Robotics Club (Alan's), not in Computer Science
const PAT = 'pat.lee@freemail.example'; // a parent, outside the school
const CS = '100000000505';
const DAY = 86_400_000;

function seedWith(...messages: WorldSeed['messages']): WorldSeed {
  const seed = demoSeed();
  seed.messages.push(...messages);
  return seed;
}

const HELP = {
  id: 'msg-help',
  threadId: 'thread-help',
  owner: ALAN,
  from: `Noah Williams <${NOAH}>`,
  to: [ALAN],
  cc: [`Pat Lee <${PAT}>`],
  subject: "I can't join the class",
  date: '2026-09-01T08:00:00Z',
  snippet: 'I did not get the invitation',
};
const OPEN = { messageId: HELP.id, threadId: HELP.threadId };

/** The person rows of the card: the name, then their status line (one row's text, a line each), the email below. */
function rows(card: unknown): { text: string; line: string; email?: string }[] {
  const out: { text: string; line: string; email?: string }[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const dt = (v as { decoratedText?: WidgetJson['decoratedText'] }).decoratedText;
    const m = dt && /^(.*)<br><font[^>]*>(.*)<\/font>$/.exec(dt.text);
    if (dt?.onClick && m) out.push({ text: m[1]!, line: m[2]!, ...(dt.bottomLabel ? { email: dt.bottomLabel } : {}) });
    for (const x of Object.values(v)) walk(x);
  };
  walk(card);
  return out;
}

describe('Gmail card: the people of the message across every course', () => {
  it('shows a student invited 12 days ago to one course and member of another, and the parent in none', () => {
    const s = school({ seed: seedWith(HELP), latencyMs: 0 });
    const p = s.panel(ALAN);
    p.openMessage(OPEN);
    expect(p.lastError).toBeNull();
    // Invite Noah to Computer Science from his own card: the course and the role chosen there.
    openPerson(p, 'Noah Williams');
    p.select('courseId', [CS]);
    p.click('Invite to this course');
    expect(p.lastError).toBeNull();
    expect(s.writes()).toEqual(['invitations.create 200']);
    s.emu.clock.advance(12 * DAY + 3_600_000);

    const q = s.panel(ALAN);
    q.openMessage(OPEN);
    const lines = rows(q.card);
    // The sender first, then Cc; Alan himself is left out.
    expect(lines.map((r) => [r.text, r.email])).toEqual([
      ['Noah Williams (sender)', NOAH],
      ['Pat Lee', PAT],
    ]);
    expect(lines[0]!.line).toBe(
      'student in Robotics Club · invited to Computer Science as Student, sent 12 days ago by you',
    );
    expect(lines[1]!.line).toBe('in none of your courses · outside your school, Classroom may refuse');

    const fr = s.panel(ALAN, { locale: 'fr' });
    fr.openMessage(OPEN);
    expect(rows(fr.card).map((r) => r.line)).toEqual([
      'élève dans Robotics Club · invité à Computer Science comme élève, envoyée il y a 12 jours par vous',
      expect.stringMatching(/^dans aucun de vos cours · /),
    ]);
    expect(fr.texts()).toContain('Dans vos cours (1\u00a0personne)');
    expect(fr.texts()).toContain('Dans aucun de vos cours (1\u00a0personne)');
  });

  it('offers resend and withdraw (confirmed first) on the person card of a pending invitation', () => {
    const s = school({ seed: seedWith(HELP), latencyMs: 0 });
    s.emu.world.addInvitation({ courseId: CS, userId: s.emu.world.user(NOAH)!.id, role: 'STUDENT' });
    const p = s.panel(ALAN);
    p.openMessage(OPEN);
    expect(rows(p.card)[0]!.line).toBe('student in Robotics Club · invited to Computer Science as Student');
    openPerson(p, 'Noah Williams');
    expect(p.texts()).toEqual(expect.arrayContaining(['Pending invitation (1)']));
    p.click('Withdraw');
    expect(p.lastError).toBeNull();
    expect(s.writes()).toEqual([]); // a confirmation first, nothing deleted yet
    p.click(en('revoke.confirm'));
    expect(p.lastError).toBeNull();
    expect(s.writes()).toEqual(['invitations.delete 200']);
    expect(pendingOf(s, CS)).not.toContain(`${NOAH} STUDENT`);
  });

  it('replies with the class code as a draft to the sender, in English, never sent', () => {
    const s = school({ seed: seedWith(HELP), latencyMs: 0 });
    const p = s.panel(ALAN);
    p.openMessage(OPEN);
    p.select('courseId', [CS]);
    p.click('Reply with the class code');
    expect(p.lastError).toBeNull();
    const draft = p.snapshot().openedDraft!;
    const code = /Class code: (\w{7})/.exec(draft.body)?.[1] ?? 'none';
    expect(draft.to).toBe(`Noah Williams <${NOAH}>`);
    expect(draft.inReplyTo).toBe(HELP.id);
    expect(draft.subject).toBe("Re: I can't join the class");
    expect(draft.body).toContain('Hello Noah Williams,');
    expect(draft.body).toContain('Here is how to join Computer Science (AP · Period 5) on Google Classroom.');
    expect(draft.body).toContain(`Class code: ${code}`);
    expect(draft.body).toMatch(new RegExp(`Link: https://classroom\\.google\\.com/c/\\S+\\?cjc=${code}`));
    expect(draft.body).toContain('click + then Join class, and enter the class code');
    expect(draft.htmlBody).toContain(`<b>${code}</b>`);
    expect(s.emu.sentMails(ALAN)).toEqual([]);
    expect(s.writes()).toEqual([]);
  });

  it('writes the draft in French for a French-speaking teacher', () => {
    const s = school({ seed: seedWith(HELP), latencyMs: 0 });
    const p = s.panel(ALAN, { locale: 'fr' });
    p.openMessage(OPEN);
    p.select('courseId', [CS]);
    p.click('Répondre avec le code du cours');
    const draft = p.snapshot().openedDraft!;
    expect(draft.body).toContain('Bonjour Noah Williams,');
    expect(draft.body).toContain(
      'Voici comment rejoindre le cours Computer Science (AP · Period 5) sur Google Classroom.',
    );
    expect(draft.body).toMatch(/Code du cours\u00a0: \w{7}\n/);
    expect(draft.body).toContain('Rejoindre un cours');
  });
});

describe('Gmail card cost: 30 people × 30 courses', () => {
  it('opens in at most 3 round trips, within the request budget', () => {
    const seed = demoSeed();
    const people = Array.from({ length: 30 }, (_, i) => `pupil${i}@demo-school.edu`);
    seed.messages.push({ ...HELP, from: people[0]!, to: [ALAN, ...people.slice(1, 15)], cc: people.slice(15) });
    const s = school({ seed, latencyMs: 0 });
    const alan = s.emu.world.user(ALAN)!;
    const ids = people.map(
      (email, i) =>
        s.emu.world.addUser({ email, name: { givenName: `P${i}`, familyName: 'Pupil', fullName: `P${i} Pupil` } }).id,
    );
    for (let c = 0; c < 28; c++)
      s.emu.world.addCourse({ name: `Class ${c}`, ownerId: alan.id, courseState: 'ACTIVE', students: ids.slice(c) });
    const p = s.panel(ALAN);
    const rt = s.emu.api.roundTrips;
    const n = s.emu.api.log.length;
    p.openMessage(OPEN);
    expect(p.lastError).toBeNull();
    const roundTrips = s.emu.api.roundTrips - rt;
    const requests = s.emu.api.log.length - n;
    expect(roundTrips).toBeLessThanOrEqual(3);
    // The teaching courses, the user's profile (not cached yet), and 3 lists per person: the user too, since who
    // they are is only known from that same round trip.
    expect(roundTrips).toBe(1);
    expect(requests).toBe(2 + 3 * 31);
    const lines = rows(p.card);
    expect(lines).toHaveLength(30);
    expect(lines[29]!.line).toMatch(
      /^student in Class \d+ · student in Class \d+ · student in Class \d+ · \+\d+ more courses$/,
    );
    expect(JSON.stringify(p.card).match(/"widgets"/g)?.length ?? 0).toBeGreaterThan(0);
  });
});
