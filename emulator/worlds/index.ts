// The worlds shipped with the emulator: the demo school that the preview opens on and the tests start from, and the
// demo roster spreadsheet the preview's Sheets host opens.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SpreadsheetSpec } from '../gas/spreadsheet';
import type { WorldSeed } from '../types';

export const DEMO_SCHOOL_PATH = resolve(__dirname, 'demo-school.json');
export const DEMO_ROSTER_PATH = resolve(__dirname, 'demo-roster.json');

/** A fresh copy of the demo school's seed. */
export function demoSchool(): WorldSeed {
  return JSON.parse(readFileSync(DEMO_SCHOOL_PATH, 'utf8')) as WorldSeed;
}

/**
 * A fresh copy of the demo roster: Grace Hopper's three courses (Biology, Computer Science, Statistics by id) with
 * a header "Course | Email | Role", a blank row and bad rows (a mistyped email, an unknown course, a duplicate, an
 * unknown role).
 */
export function demoRoster(): SpreadsheetSpec {
  return JSON.parse(readFileSync(DEMO_ROSTER_PATH, 'utf8')) as SpreadsheetSpec;
}
