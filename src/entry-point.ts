// The names Apps Script may call: the exports of src/index.ts. Typing action and trigger names with it makes a
// typo a compile error (and build.mjs checks the literal names again).
import type * as EntryPoints from './index';

export type EntryPoint = keyof typeof EntryPoints;
