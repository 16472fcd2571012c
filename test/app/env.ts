// Unit-test environment for src/services: the emulator's services installed as globals in Node's realm (the same
// emulated Google the bundle meets), with Date.now following the virtual clock so budgets and backoff are exact.
import { Emulator, type FaultOptions } from '@classroom-invitations/emulator';
import { DIST, demoSeed } from '../e2e/harness';

export function emulator(opts: { faults?: FaultOptions; latencyMs?: number } = {}): Emulator {
  const emu = new Emulator({
    seed: demoSeed(),
    bundleDir: DIST,
    latencyMs: opts.latencyMs ?? 150,
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  jest.spyOn(Date, 'now').mockImplementation(() => emu.clock.now());
  return emu;
}

afterEach(() => {
  jest.restoreAllMocks();
});
