// The Gmail card as a teacher meets it, on the built bundle: nothing ticked (not the admin who sent a roster, not
// anyone), outside people marked before sending, Invite always in the fixed footer, Back after inviting shows the
// truth, limits held with 150 courses, and refused profiles never break a card.
import type { CardJson } from '@classroom-invitations/emulator';
import { ADA, ALAN, AMARA, demoSeed, picks, school, tick } from './harness';

function message(id: string) {
  const m = demoSeed().messages.find((x) => x.id === id);
  if (!m) throw new Error(`no message ${id}`);
  return { messageId: m.id, threadId: m.threadId };
}

function selection(card: CardJson | undefined, name: string) {
  for (const s of card?.sections ?? [])
    for (const w of s.widgets) if (w.selectionInput?.name === name) return w.selectionInput;
  return undefined;
}

describe('Gmail card', () => {
  it('ticks nobody on a roster sent by an admin: not the sender, not the students', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage(message('msg-004'));
    expect(p.lastError).toBeNull();
    const people = picks(p.card);
    expect(people.map((i) => i.value)).toContain('priya.raman@demo-school.edu');
    expect(people.filter((i) => i.selected)).toEqual([]);
    // Pressing Invite with nothing ticked writes nothing and says why.
    p.click('Invite selected');
    expect(s.writes()).toEqual([]);
    expect(p.notification).toBe('Select at least one person.');
  });

  it('lists each person once: the name on one line, the email below, headed by where they stand', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage(message('msg-004'));
    const rows = (p.card?.sections ?? []).flatMap((x) => x.widgets.flatMap((w) => (w.decoratedText ? [w] : [])));
    const priya = rows.filter((w) => w.decoratedText!.text.startsWith('Priya Raman'));
    expect(priya).toHaveLength(1);
    expect(priya[0]!.decoratedText!.text).toMatch(/^Priya Raman \(sender\)<br>/);
    expect(priya[0]!.decoratedText!.bottomLabel).toBe('priya.raman@demo-school.edu');
    const headers = (p.card?.sections ?? []).map((x) => x.header ?? '');
    expect(headers).toEqual(expect.arrayContaining([expect.stringMatching(/^Not in your courses \(\d+ people\)$/)]));
    // Amara (invited to Robotics Club, Alan's) is in none of Ada's courses: under "Not in your courses".
    expect(JSON.stringify(p.card)).toMatch(/amara\.okonkwo@demo-school\.edu/);
  });

  it('French: a role inside a sentence is lowercase, and the sender is marked', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA, { locale: 'fr' });
    p.openMessage(message('msg-004'));
    const text = JSON.stringify(p.card);
    expect(text).toMatch(/invité à Algebra I comme élève/);
    expect(text).not.toMatch(/comme Élève/);
    expect(picks(p.card).find((i) => i.value === 'priya.raman@demo-school.edu')?.text).toMatch(
      /^Priya Raman \(expéditeur\)<br>/,
    );
  });

  it('keeps Invite in the fixed footer, reachable whatever the number of people', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage(message('msg-004'));
    expect(p.card?.fixedFooter?.primaryButton?.text).toBe('Invite selected');
  });

  it('marks people outside the school before anything is sent', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA);
    p.openMessage(message('msg-002'));
    const items = picks(p.card);
    expect(items.find((i) => i.value === 'pat.lee@freemail.example')?.text).toContain(
      'outside your school, Classroom may refuse',
    );
    expect(items.filter((i) => i.text.includes('outside your school')).map((i) => i.value)).toEqual([
      'pat.lee@freemail.example',
    ]);
  });

  it('after inviting, Back shows the person invited, no longer with a check box', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ALAN);
    p.openMessage(message('msg-007'));
    tick(p, 'jamie.fox@freemail.example');
    p.click('Invite selected');
    expect(p.lastError).toBeNull();
    p.back();
    // Classroom refused the untrusted domain: still not invited, and the box is not ticked any more.
    expect(picks(p.card).filter((i) => i.selected)).toEqual([]);
    const p2 = s.panel(ADA);
    p2.openMessage(message('msg-004'));
    tick(p2, AMARA);
    p2.click('Invite selected');
    p2.back();
    expect(picks(p2.card).map((i) => i.value)).not.toContain(AMARA);
    expect(JSON.stringify(p2.card)).toMatch(/invited to Algebra I as Student/);
  });

  it('caps the course dropdown at 100 for a teacher of 150 courses, the chosen one included', () => {
    const s = school({ latencyMs: 0 });
    const ada = s.emu.world.user(ADA)!;
    for (let i = 0; i < 150; i++) s.emu.world.addCourse({ name: `Club ${i}`, ownerId: ada.id, courseState: 'ACTIVE' });
    const p = s.panel(ADA);
    p.openMessage(message('msg-004'));
    expect(p.lastError).toBeNull();
    const courses = selection(p.card, 'courseId')!;
    expect(courses.items).toHaveLength(100);
    expect(courses.items.filter((i) => i.selected)).toHaveLength(1);
  });

  it("opens when Google refuses every profile outside the teacher's courses", () => {
    const s = school({ latencyMs: 0 });
    s.emu.world.profileVisibility = 'courses';
    const p = s.panel(ADA);
    p.openMessage(message('msg-004'));
    expect(p.lastError).toBeNull();
    expect(picks(p.card).length).toBeGreaterThan(0);
  });
});

describe('after a job', () => {
  it('Back from the finished job shows the course and homepage with the new counts', () => {
    const s = school({ latencyMs: 0 });
    const p = s.panel(ADA, { host: 'DRIVE' });
    p.openHomepage();
    expect(p.texts()).toContain('3 pending invitations');
    p.click('Algebra I · Period 2');
    p.click('Invite a long list');
    const list = Array.from({ length: 60 }, (_, i) => `new.person${i}@demo-school.edu`);
    for (const email of list) {
      s.emu.world.addUser({ email, name: { givenName: 'New', familyName: email, fullName: email }, kind: 'Student' });
    }
    p.fill('bulkEmails', list.join('\n'));
    p.click('Preview');
    p.click('Invite 60 people');
    for (let i = 0; i < 5 && p.clickables().some((c) => c.text === 'Continue now'); i++) p.click('Continue now');
    expect(p.lastError).toBeNull();
    p.back();
    expect(p.texts()).toContain('Pending invitations (63)');
    p.back();
    expect(p.texts()).toContain('63 pending invitations');
  });
});

describe('refused profiles elsewhere', () => {
  it('the invitation card shows an unknown person with their id', () => {
    const s = school({ latencyMs: 0 });
    s.emu.world.profileVisibility = 'courses';
    const p = s.panel(ADA);
    p.openHomepage();
    p.click('Algebra I · Period 2');
    const row = p.clickables().find((c) => c.text === 'Manage' && c.row?.some((t) => t.startsWith('Unknown person')));
    expect(row).toBeDefined();
    p.clickOnClick(row!.onClick);
    expect(p.lastError).toBeNull();
    expect(p.texts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Unknown person \(\d+\)$/)]));
  });
});
