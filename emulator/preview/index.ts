// The browser preview: the HTTP server behind `npm start` and the engine that drives the emulator for it.
export { DEFAULT_SEED_PATH, DEFAULT_STATE_PATH, loadSeed, startPreview } from './server';
export type { PreviewOptions, RunningPreview } from './server';
export { EmulatorEngine } from './engine';
export type { EngineOptions } from './engine';
export { PreviewInputError } from './api-types';
export type * from './api-types';
