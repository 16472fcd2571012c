// Views cost what they show, on the built bundle: a course with 3,000 pending invitations opens in 2 round trips
// and at most 60 requests, pages 20 at a time, and tells what happened when 2 more people are invited; profiles
// Google refuses show as unknown people; a homepage with 150 jobs or 150 invitations shows, paged.
import type { Emulator } from '@classroom-invitations/emulator';
import { addLearners, FIRST_LEARNER, learner, saveJobs } from '../../bench/worlds';
import { ADA, ALGEBRA, CHLOE, demoSeed, school, type School } from './harness';

function bigCourse(): School {
  const s = school({ latencyMs: 0 });
  addLearners(s.emu, 3001);
  for (let k = 0; k < 3000; k++)
    s.emu.world.addInvitation({ courseId: ALGEBRA, userId: String(FIRST_LEARNER + k), role: 'STUDENT' });
  return s;
}

/** Round trips and requests of one step. */
function cost(emu: Emulator, step: () => void): { roundTrips: number; requests: number; methods: string[] } {
  const rt = emu.api.roundTrips;
  const n = emu.api.log.length;
  step();
  const calls = emu.api.log.slice(n);
  return { roundTrips: emu.api.roundTrips - rt, requests: calls.length, methods: calls.map((c) => c.method) };
}

describe('a course with 3,000 pending invitations', () => {
  it('opens in at most 2 round trips and 60 requests, showing 20 and where they stand', () => {
    const s = bigCourse();
    const p = s.panel(ADA);
    p.openHomepage();
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain('500+ pending invitations');
    const opened = cost(s.emu, () => {
      p.click('Algebra I · Period 2');
    });
    expect(p.lastError).toBeNull();
    expect(opened.roundTrips).toBeLessThanOrEqual(2);
    expect(opened.requests).toBeLessThanOrEqual(60);
    expect(opened.methods.filter((m) => m === 'userProfiles.get')).toHaveLength(20);
    expect(p.texts()).toEqual(expect.arrayContaining(['Pending invitations (500+)', '1–20 of 500+', 'Learner 0']));
    expect(p.clickables().filter((c) => c.text === 'Manage')).toHaveLength(20);

    const next = cost(s.emu, () => {
      p.click('Next');
    });
    expect(next.roundTrips).toBeLessThanOrEqual(2);
    expect(p.texts()).toEqual(expect.arrayContaining(['21–40 of 500+', 'Learner 20']));
    // Back to the first page: everyone shown there is cached, so one list request and no lookup.
    const prev = cost(s.emu, () => {
      p.click('Previous');
    });
    expect(prev.methods).toEqual(['invitations.list']);
    expect(p.texts()).toContain('Learner 0');
  });

  it("walks into Google's next list page by its token and back", () => {
    const s = bigCourse();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    for (let i = 0; i < 25; i++) p.click('Next');
    expect(p.lastError).toBeNull();
    expect(p.texts()).toEqual(expect.arrayContaining(['501–520 of 1,000+', 'Learner 500']));
    p.click('Previous');
    expect(p.texts()).toEqual(expect.arrayContaining(['481–500 of 500+', 'Learner 480']));
  });

  it('says what happened when 2 people are invited (one already invited, one new), within budget', () => {
    const s = bigCourse();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.fill('emails', `${learner(5)}, ${learner(3000)}`);
    const invited = cost(s.emu, () => {
      p.click('Invite');
    });
    expect(p.lastError).toBeNull();
    const texts = p.texts().join('\n');
    expect(texts).toContain(learner(3000));
    expect(texts).toMatch(/already invited as Student/i);
    expect(texts).not.toMatch(/try again/i);
    expect(invited.requests).toBeLessThanOrEqual(20);
  });
});

describe('the bulk preview and the Gmail card in that course', () => {
  it('preview 3,000 addresses with at most 100 profile lookups (the rest told by Classroom when sent)', () => {
    const s = bigCourse();
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    p.click('Invite a long list');
    p.fill('bulkEmails', Array.from({ length: 3000 }, (_, i) => learner(i + 1)).join('\n'));
    const preview = cost(s.emu, () => {
      p.click('Preview');
    });
    expect(p.lastError).toBeNull();
    expect(preview.methods.filter((m) => m === 'userProfiles.get').length).toBeLessThanOrEqual(100);
    expect(preview.requests).toBeLessThanOrEqual(120);
    expect(p.texts().join('\n')).toMatch(/Already invited: \d+/);
    expect(s.writes()).toEqual([]);
  });

  it('the Gmail card asks about its 13 people only: 3 requests a person, 1 round trip on a cold cache', () => {
    const s = bigCourse();
    const p = s.panel(ADA);
    const msg = demoSeed().messages.find((m) => m.id === 'msg-004')!;
    const opened = cost(s.emu, () => {
      p.openMessage({ messageId: msg.id, threadId: msg.threadId });
    });
    expect(p.lastError).toBeNull();
    // The teacher's courses and their own profile (cold cache) side by side with 3 lists for each of the 13 people
    // and for the teacher (who they are is only known from that same round trip), whatever the course sizes.
    expect(opened.roundTrips).toBe(1);
    expect(opened.requests).toBe(3 * 14 + 2);
  });
});

describe('profiles Google refuses', () => {
  it('show as unknown people with their id, and the course card still opens', () => {
    const s = school({ latencyMs: 0 });
    s.emu.world.profileVisibility = 'courses';
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    expect(p.lastError).toBeNull();
    const unknown = p.texts().filter((t) => t.startsWith('Unknown person ('));
    expect(unknown.length).toBeGreaterThan(0);
    expect(p.clickables().filter((c) => c.text === 'Manage').length).toBe(3);
  });
});

describe('long homepage lists', () => {
  it('150 unclosed jobs: the homepage shows, 20 at a time', () => {
    const s = school({ latencyMs: 0 });
    saveJobs(s.emu, 150);
    const p = s.panel(ADA);
    const home = cost(s.emu, () => {
      p.openHomepage();
    });
    expect(p.lastError).toBeNull();
    expect(home.roundTrips).toBeLessThanOrEqual(3);
    expect(p.texts()).toContain('1–20 of 150');
    p.click('Next');
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain('21–40 of 150');
  });

  it('a student with 150 invitations: paged, each with Accept and Decline; Decline asks first', () => {
    const s = school({ latencyMs: 0 });
    const chloe = s.emu.world.user(CHLOE)!;
    const ada = s.emu.world.user(ADA)!;
    for (let i = 0; i < 150; i++) {
      const c = s.emu.world.addCourse({ name: `Club ${i}`, ownerId: ada.id, courseState: 'ACTIVE' });
      s.emu.world.addInvitation({ courseId: c.id, userId: chloe.id, role: 'STUDENT' });
    }
    const p = s.panel(CHLOE);
    const home = cost(s.emu, () => {
      p.openHomepage();
    });
    expect(p.lastError).toBeNull();
    expect(home.roundTrips).toBeLessThanOrEqual(3);
    expect(p.texts()).toEqual(expect.arrayContaining(['1–10 of 152', 'Teacher: Ada Lovelace']));
    expect(p.clickables().filter((c) => c.text === 'Decline')).toHaveLength(10);
    p.click('Next');
    expect(p.texts()).toContain('11–20 of 152');
    const before = s.emu.world.allInvitations().length;
    const club8 = s.emu.world.allInvitations().find((i) => s.emu.world.course(i.courseId)?.name === 'Club 8')!;
    p.click((c) => c.text === 'Decline' && JSON.stringify(c.onClick).includes(club8.id));
    expect(s.emu.world.allInvitations()).toHaveLength(before); // only the confirmation card so far
    p.click('Decline invitation');
    expect(p.lastError).toBeNull();
    expect(s.emu.world.allInvitations()).toHaveLength(before - 1);
    expect(s.emu.world.allInvitations().some((i) => i.id === club8.id)).toBe(false);
  });
});
