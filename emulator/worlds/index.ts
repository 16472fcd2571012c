// The worlds shipped with the emulator: the demo school that the preview opens on and the tests start from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorldSeed } from '../types';

export const DEMO_SCHOOL_PATH = resolve(__dirname, 'demo-school.json');

/** A fresh copy of the demo school's seed. */
export function demoSchool(): WorldSeed {
  return JSON.parse(readFileSync(DEMO_SCHOOL_PATH, 'utf8')) as WorldSeed;
}
