// The Classroom emulator: the generic Apps Script runtime composed with a Classroom world (and its API transport:
// latency, quota, faults) as its Google backend. What tests, the benchmark and the preview start from.
import { VirtualClock } from './clock';
import { ClassroomApi, type ApiOptions, type FaultOptions, type ServiceFaultOptions } from './classroom/api';
import { classroomBackend } from './classroom/backend';
import { ClassroomWorld } from './classroom/world';
import type { ServiceState } from './gas/context';
import { AppsScriptRuntime } from './gas/runtime';
import type { WorldSeed } from './types';

export interface EmulatorOptions {
  seed: WorldSeed;
  /** Folder holding Code.js and appsscript.json. Default 'dist'. */
  bundleDir?: string;
  latencyMs?: number;
  quotaPerMinute?: number;
  /** The Cloud project's quota, shared by every user (default 3,000 a minute). */
  projectQuotaPerMinute?: number;
  faults?: FaultOptions;
  /** Apps Script exceptions without details thrown by fetches and advanced calls ("Empty response"...). */
  serviceFaults?: ServiceFaultOptions;
  /** Apps Script's per-execution limit (6 minutes). */
  executionLimitMs?: number;
  /** A card callback's limit (30 s); raise it to relax the kill for a slow scenario. */
  cardActionLimitMs?: number;
  clock?: VirtualClock;
  /** A persisted state (from `state()`): it replaces the seed's world and restores services and clock. */
  state?: EmulatorState;
  /** Seed for Utilities.getUuid (ignored when `state` is given). */
  uuidSeed?: number;
}

/** Everything needed to restart the emulator where it was, as JSON. */
export interface EmulatorState {
  version: 1;
  clockMs: number;
  world: WorldSeed;
  services: ServiceState;
}

export class Emulator extends AppsScriptRuntime {
  readonly world: ClassroomWorld;
  readonly api: ClassroomApi;

  constructor(opts: EmulatorOptions) {
    const seed = opts.state?.world ?? opts.seed;
    const clock = opts.clock ?? new VirtualClock(opts.state?.clockMs);
    if (opts.state && opts.clock) opts.clock.advance(Math.max(0, opts.state.clockMs - opts.clock.now()));
    const world = new ClassroomWorld(seed);
    const api = new ClassroomApi(world, clock, apiOptions(opts));
    super({
      backend: classroomBackend(world, api),
      clock,
      bundleDir: opts.bundleDir,
      executionLimitMs: opts.executionLimitMs,
      cardActionLimitMs: opts.cardActionLimitMs,
      services: opts.state?.services,
      uuidSeed: opts.uuidSeed,
    });
    this.world = world;
    this.api = api;
  }

  /** Restarts from a persisted state; `opts` supplies what is not state (bundle folder, latency, faults...). */
  static fromState(state: EmulatorState, opts: Omit<EmulatorOptions, 'seed' | 'state'> = {}): Emulator {
    return new Emulator({ ...opts, seed: state.world, state });
  }

  override state(): EmulatorState {
    const { clockMs, services } = super.state();
    return { version: 1, clockMs, world: this.world.snapshot(), services };
  }
}

function apiOptions(opts: EmulatorOptions): ApiOptions {
  const api: ApiOptions = {};
  if (opts.latencyMs !== undefined) api.latencyMs = opts.latencyMs;
  if (opts.quotaPerMinute !== undefined) api.quotaPerMinute = opts.quotaPerMinute;
  if (opts.projectQuotaPerMinute !== undefined) api.projectQuotaPerMinute = opts.projectQuotaPerMinute;
  if (opts.faults !== undefined) api.faults = opts.faults;
  if (opts.serviceFaults !== undefined) api.serviceFaults = opts.serviceFaults;
  return api;
}
