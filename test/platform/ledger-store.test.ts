// The ledger in user properties: whole after a reload, every value under 9 KB, per user, pruned to its share of the
// store, and a killed save that leaves the previous ledger readable.
import { encodedBytes } from '../../src/domain/ledger-codec';
import { LEDGER_MAX_BYTES, loadLedger, saveLedger, splitLines, updateLedger } from '../../src/platform/ledger-store';
import { emulator } from '../app/env';
import { schoolLedger } from '../domain/ledger-fixtures';

const ADA = 'ada.lovelace@demo-school.edu';
const ALAN = 'alan.turing@demo-school.edu';
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('splitLines', () => {
  it('cuts at line ends, keeps every piece under the limit and loses nothing', () => {
    const text = ['header', 'x'.repeat(30), 'é'.repeat(12), 'y'.repeat(5)].join('\n');
    const parts = splitLines(text, 32);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(bytes(p)).toBeLessThanOrEqual(32);
    expect(parts[0]).toBe('header\n');
  });

  it('cuts a line longer than a chunk by characters, never inside one', () => {
    const text = ['a', 'é'.repeat(40), 'b'].join('\n');
    const parts = splitLines(text, 16);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(bytes(p)).toBeLessThanOrEqual(16);
  });
});

describe('ledger store', () => {
  it('saves 10,000 entries under 9 KB a value and loads them back, for this user only', () => {
    const emu = emulator();
    const ledger = schoolLedger(10_000);
    const saved = emu.asUser(ADA, () => saveLedger(ledger));
    expect(saved).toHaveLength(10_000);
    const values = Object.values(emu.userProperties(ADA));
    for (const v of values) expect(bytes(v)).toBeLessThanOrEqual(9216);
    expect(values.reduce((n, v) => n + bytes(v), 0)).toBeLessThan(LEDGER_MAX_BYTES + 1_000);
    expect(emu.asUser(ADA, () => loadLedger())).toEqual(saved);
    expect(emu.asUser(ALAN, () => loadLedger())).toEqual([]);
  });

  it('prunes settled entries first when the ledger outgrows its share', () => {
    const emu = emulator();
    const ledger = schoolLedger(3_000);
    const budget = Math.floor(encodedBytes(ledger) / 2);
    const saved = emu.asUser(ADA, () => saveLedger(ledger, budget));
    expect(saved.length).toBeLessThan(3_000);
    expect(saved.filter((e) => e.status === 'pending' || e.status === 'intended')).toHaveLength(
      ledger.filter((e) => e.status === 'pending' || e.status === 'intended').length,
    );
  });

  it('reads the current generation only; leftover chunks of a killed save are ignored, then cleaned', () => {
    const emu = emulator();
    emu.asUser(ADA, () => saveLedger(schoolLedger(500, 1)));
    // A save killed after writing its chunks but before its header: chunks of a generation nobody points at.
    emu.asUser(ADA, () => PropertiesService.getUserProperties().setProperty('ledger:99:0', 'L1 junk'));
    expect(emu.asUser(ADA, () => loadLedger())).toHaveLength(500);
    emu.asUser(ADA, () => saveLedger(schoolLedger(800, 2)));
    expect(Object.keys(emu.userProperties(ADA))).not.toContain('ledger:99:0');
    expect(Object.keys(emu.userProperties(ADA)).filter((k) => k.startsWith('ledger:1:'))).toEqual([]);
    expect(emu.asUser(ADA, () => loadLedger())).toHaveLength(800);
  });

  it('updateLedger reads, changes and saves under the user lock', () => {
    const emu = emulator();
    emu.asUser(ADA, () => saveLedger(schoolLedger(10, 3)));
    const after = emu.asUser(ADA, () => updateLedger((l) => l.slice(0, 4)));
    expect(after).toHaveLength(4);
    expect(emu.asUser(ADA, () => loadLedger())).toHaveLength(4);
  });
});
