// End-to-end harness: the built dist/Code.js running in the emulator on a copy of the demo school, driven through
// the side-panel host exactly as a person would (open, fill, click), with Classroom's state checked afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AddonPanel,
  demoSchool,
  Emulator,
  type CardJson,
  type HostApp,
  type WorldSeed,
} from '@classroom-invitations/emulator';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function demoSeed(): WorldSeed {
  return demoSchool();
}

export const ADA = 'ada.lovelace@demo-school.edu'; // teaches Algebra I (active) and Geometry (archived)
export const ALAN = 'alan.turing@demo-school.edu'; // teaches Computer Science and Robotics Club
export const GRACE = 'grace.hopper@demo-school.edu'; // co-teaches CS, invited to own it
export const CHLOE = 'chloe.dubois@demo-school.edu'; // student invited to Algebra I and CS
export const MIA = 'mia.davis@demo-school.edu'; // student invited to archived Geometry
export const AMARA = 'amara.okonkwo@demo-school.edu'; // student invited to the full Robotics Club
export const NIKOLA = 'nikola.tesla@demo-school.edu'; // teacher whose admin turned the API off
export const ALGEBRA = '100000000502';

export interface School {
  emu: Emulator;
  panel(user: string, opts?: { host?: HostApp; locale?: string }): AddonPanel;
  /** Write calls (create/accept/delete) the bundle made so far. */
  writes(): string[];
}

export function school(opts: { seed?: WorldSeed; latencyMs?: number } = {}): School {
  const emu = new Emulator({ seed: opts.seed ?? demoSeed(), bundleDir: DIST, latencyMs: opts.latencyMs ?? 150 });
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
  return {
    emu,
    panel: (user, o = {}) =>
      new AddonPanel((fn, event, who) => emu.run(fn, event, who), {
        user,
        host: o.host ?? 'GMAIL',
        locale: o.locale ?? 'en',
        manifest,
        now: () => emu.clock.now(),
      }),
    writes: () =>
      emu.api.log
        .filter((e) => /^invitations\.(create|accept|delete)$/.test(e.method))
        .map((e) => `${e.method} ${e.status}`),
  };
}

/** The invitations of a course as `email ROLE`, read straight from the world. */
export function pendingOf(s: School, courseId: string): string[] {
  return s.emu.world
    .allInvitations()
    .filter((i) => i.courseId === courseId)
    .map((i) => `${s.emu.world.user(i.userId)?.email ?? i.userId} ${i.role}`)
    .sort();
}

/** The Gmail card's people rows with a check box (pick<index>): who can be ticked, and what each row says. */
export function picks(card: CardJson | undefined): { name: string; value: string; selected: boolean; text: string }[] {
  const out: { name: string; value: string; selected: boolean; text: string }[] = [];
  for (const s of card?.sections ?? [])
    for (const w of s.widgets) {
      const sw = w.decoratedText?.switchControl;
      if (sw && /^pick\d+$/.test(sw.name))
        out.push({ name: sw.name, value: sw.value ?? '', selected: sw.selected, text: w.decoratedText?.text ?? '' });
    }
  return out;
}

/** Ticks the people given by email on the Gmail card, as a teacher would. */
export function tick(p: AddonPanel, ...emails: string[]): void {
  for (const email of emails) {
    const row = picks(p.card).find((x) => x.value === email);
    if (!row) throw new Error(`${email} has no check box on the card`);
    p.toggle(row.name, true);
  }
}

/** Opens a person's card from the Gmail card: their row, whatever its control (check box or Actions). */
export function openPerson(p: AddonPanel, name: string): void {
  p.click((c) => c.kind === 'decoratedText' && c.text.startsWith(name));
}
