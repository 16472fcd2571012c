// The public entry of @classroom-invitations/emulator: everything tests, the benchmark and the preview use.
export { Emulator } from './emulator';
export type { EmulatorOptions, EmulatorState } from './emulator';
export * from './gas';
export * from './classroom';
export * from './host';
export * from './preview';
export { DEMO_ROSTER_PATH, DEMO_SCHOOL_PATH, demoRoster, demoSchool } from './worlds';
export { sheetsPanel } from './sheets-host';
export type { SheetsPanelOptions } from './sheets-host';
export { ExecutionTimeout, VirtualClock } from './clock';
export { mulberry32 } from './prng';
export type * from './types';
export type * from './card-json';
