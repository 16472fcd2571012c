// Plans (jobs) in user properties: split under the 9 KB value limit, per user, whole after a reload, cancellable.
import { newPlan } from '../../src/domain/plan';
import {
  deletePlan,
  listPlans,
  loadPlan,
  requestCancel,
  cancelRequested,
  savePlan,
} from '../../src/platform/plan-store';
import { splitUtf8 } from '../../src/domain/ledger-codec';
import { emulator } from '../app/env';

const ADA = 'ada.lovelace@demo-school.edu';
const ALAN = 'alan.turing@demo-school.edu';
const emails = (n: number) => Array.from({ length: n }, (_, i) => `student.number.${i}@demo-school.edu`);

describe('splitUtf8', () => {
  it('never splits a character and keeps every piece under the byte limit', () => {
    const text = 'é'.repeat(10) + '😀'.repeat(5) + 'a'.repeat(7);
    const parts = splitUtf8(text, 8);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(8);
  });
});

describe('plan store', () => {
  it('saves a 3,000-address job in chunks under 9 KB and loads it back identical', () => {
    const emu = emulator();
    const job = newPlan('j1', 'invite', { id: 'c1', name: 'Algèbre' }, 'STUDENT', emails(3000), 1);
    emu.asUser(ADA, () => {
      savePlan(job);
    });
    const props = emu.userProperties(ADA);
    const values = Object.values(props);
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(new TextEncoder().encode(v).length).toBeLessThanOrEqual(9216);
    expect(emu.asUser(ADA, () => loadPlan('j1'))).toEqual(job);
    expect(emu.asUser(ALAN, () => listPlans())).toEqual([]); // user properties: nobody else sees it
  });

  it('checkpoints rewrite the state only, never the addresses; delete removes everything', () => {
    const emu = emulator();
    const job = newPlan('j2', 'invite', { id: 'c1', name: 'A' }, 'STUDENT', emails(1000), 1);
    const written: string[][] = [];
    emu.asUser(ADA, () => {
      const real = PropertiesService;
      const spy = {
        getUserProperties: () => {
          const store = real.getUserProperties();
          return Object.assign(Object.create(store) as object, {
            setProperties: (values: Record<string, string>) => (
              written.push(Object.keys(values)),
              store.setProperties(values)
            ),
          });
        },
      };
      (globalThis as Record<string, unknown>).PropertiesService = spy;
      savePlan(job);
      savePlan({ ...job, states: 'i'.repeat(50) + job.states.slice(50) });
      (globalThis as Record<string, unknown>).PropertiesService = real;
    });
    expect(written[0]!.some((k) => k.startsWith('job:j2:e:'))).toBe(true);
    expect(written[1]!.some((k) => k.startsWith('job:j2:e:'))).toBe(false);
    expect(emu.asUser(ADA, () => loadPlan('j2'))?.states.slice(0, 51)).toBe('i'.repeat(50) + 'p');
    emu.asUser(ADA, () => {
      requestCancel('j2');
      expect(cancelRequested('j2')).toBe(true);
      deletePlan('j2');
    });
    expect(emu.userProperties(ADA)).toEqual({ jobs: '[]' });
  });

  it('never acts on a plan whose stored state is not what the engine wrote', () => {
    const emu = emulator();
    emu.asUser(ADA, () => {
      savePlan(newPlan('j4', 'invite', { id: 'c1', name: 'A' }, 'STUDENT', emails(3), 1));
      const props = PropertiesService.getUserProperties();
      props.setProperty('job:j4:0', (props.getProperty('job:j4:0') ?? '').replace('"states":"ppp"', '"states":"p?p"'));
      expect(loadPlan('j4')).toBeNull();
    });
  });

  it('treats a torn or corrupt job as absent instead of guessing', () => {
    const emu = emulator();
    emu.asUser(ADA, () => {
      savePlan(newPlan('j3', 'invite', { id: 'c1', name: 'A' }, 'STUDENT', emails(500), 1));
      PropertiesService.getUserProperties().deleteProperty('job:j3:e:1');
      expect(loadPlan('j3')).toBeNull();
      expect(listPlans()).toEqual([]);
    });
  });
});
