// The public entry of @classroom-invitations/emulator: everything tests, the benchmark and the preview use.
export { Emulator } from './emulator';
export type { EmulatorOptions, EmulatorState } from './emulator';
export * from './gas';
export * from './classroom';
export * from './host';
export * from './preview';
export { DEMO_SCHOOL_PATH, demoSchool } from './worlds';
export { ExecutionTimeout, VirtualClock } from './clock';
export { mulberry32 } from './prng';
export type * from './types';
export type * from './card-json';
