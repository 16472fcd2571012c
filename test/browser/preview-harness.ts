// The shared set-up of the browser tests: one Chromium for the file, a fresh preview of the built dist/Code.js for
// each test (its state in a temp dir, removed afterwards), and the few steps every test clicks through.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  DEFAULT_SEED_PATH,
  EmulatorEngine,
  type PreviewOptions,
  type RunningPreview,
  startPreview,
  type WorldSeed,
} from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { launchChromium } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');

/** The demo school, as the preview starts from it. */
export const demo = JSON.parse(readFileSync(DEFAULT_SEED_PATH, 'utf8')) as WorldSeed;

export type DemoUser = WorldSeed['users'][number];
export type DemoCourse = WorldSeed['courses'][number];

export function demoUser(email: string): DemoUser {
  const found = demo.users.find((u) => u.email === email);
  if (!found) throw new Error(`demo school has no ${email}`);
  return found;
}

export function demoCourse(name: string): DemoCourse {
  const found = demo.courses.find((c) => c.name === name);
  if (!found) throw new Error(`demo school has no course ${name}`);
  return found;
}

/** A course's line on the homepage. */
export const courseRow = (c: DemoCourse): string => `${c.name} · ${c.section ?? ''}`;

export interface HarnessOptions {
  /** The world: the demo school by default; a seed object is written to the test's temp dir and loaded from there. */
  seed?: WorldSeed | (() => WorldSeed);
  /** The prefix of each test's temp dir. */
  tempPrefix?: string;
}

export interface PreviewHarness {
  page: () => Page;
  panel: () => Locator;
  preview: () => RunningPreview;
  engine: () => EmulatorEngine;
  /** This test's temp dir (the saved state is state.json inside it). */
  stateDir: () => string;
  /** Loads the preview's page and waits until it is ready. */
  openPage: () => Promise<void>;
  /** Closes the preview and starts it again (same seed and state file unless overridden), then reloads the page. */
  restart: (overrides?: Pick<PreviewOptions, 'statePath' | 'bundleDir'>) => Promise<void>;
  /** Waits for the server's answer to the last click (the page marks the body busy meanwhile). */
  settled: () => Promise<void>;
  /** Clicks the panel's button with this exact name (the nth one when given) and waits for the answer. */
  panelButton: (name: string, nth?: number) => Promise<void>;
  /** The button of a decorated-text row (e.g. "Manage" next to a person). */
  rowButton: (rowText: string, name: string) => Promise<void>;
  /** Opens a course from the homepage and waits for its card. */
  openCourse: (c: DemoCourse) => Promise<void>;
  /** Invites from the open course card and waits for the results card. */
  invite: (emails: string, role?: string) => Promise<void>;
  /** Expects a toast with the text, then dismisses it so it covers nothing for the next step. */
  toast: (text: string) => Promise<void>;
  /** The panel's back arrow: the card below, as the stack holds it. */
  back: () => Promise<void>;
}

/** Registers the jest hooks of a browser test file and returns its accessors. Call it at the top of the file. */
export function usePreview(options: HarnessOptions = {}): PreviewHarness {
  let browser: Browser;
  let preview: RunningPreview;
  let stateDir: string;
  let seed: string;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  // When Chromium cannot start, beforeAll's one-line error says why and these hooks have nothing to close.
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    stateDir = mkdtempSync(join(tmpdir(), options.tempPrefix ?? 'preview-state-'));
    seed = DEFAULT_SEED_PATH;
    if (options.seed) {
      seed = join(stateDir, 'seed.json');
      const world = typeof options.seed === 'function' ? options.seed() : options.seed;
      writeFileSync(seed, JSON.stringify(world));
    }
    preview = await startPreview({ port: 0, seed, statePath: join(stateDir, 'state.json') });
    await openPage();
  });

  afterEach(async () => {
    if (!preview) return;
    await preview.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  const page = () => browser.page;
  const panel = () => browser.page.locator('#panel');

  async function openPage(): Promise<void> {
    await page().goto(preview.url, { waitUntil: 'domcontentloaded' });
    await page().waitForSelector('body[data-ready="true"]');
  }

  async function settled(): Promise<void> {
    await page().waitForFunction(() => !document.body.classList.contains('busy'));
  }

  async function panelButton(name: string, nth?: number): Promise<void> {
    const buttons = panel().getByRole('button', { name, exact: true });
    await (nth === undefined ? buttons : buttons.nth(nth)).click();
    await settled();
  }

  return {
    page,
    panel,
    preview: () => preview,
    engine() {
      if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
      return preview.engine;
    },
    stateDir: () => stateDir,
    openPage,
    async restart(overrides = {}) {
      await preview.close();
      preview = await startPreview({ port: 0, seed, statePath: join(stateDir, 'state.json'), ...overrides });
      await openPage();
    },
    settled,
    panelButton,
    async rowButton(rowText, name) {
      await panel().locator('.decorated-text', { hasText: rowText }).getByRole('button', { name, exact: true }).click();
      await settled();
    },
    async openCourse(c) {
      await panel().getByText(courseRow(c), { exact: true }).click();
      await settled();
      await panel().locator('.card-title', { hasText: c.name }).waitFor();
    },
    async invite(emails, role = 'STUDENT') {
      await panel().getByLabel(en('course.invite.field')).fill(emails);
      await panel().getByLabel(en('role.label'), { exact: true }).selectOption(role);
      await panelButton(en('course.invite.button'));
      await panel()
        .locator('.card-title', { hasText: en('invite.results') })
        .waitFor();
    },
    async toast(text) {
      const found = page().locator('.toast', { hasText: text });
      await found.waitFor();
      await found.getByRole('button', { name: 'Dismiss' }).click();
    },
    async back() {
      await page().getByRole('button', { name: 'Back', exact: true }).click();
      await settled();
    },
  };
}
