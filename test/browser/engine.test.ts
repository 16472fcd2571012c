// The preview engine on the real bundle and the demo school, without a browser: form values reach the panel without
// firing onChangeActions twice, bad requests are refused, and the saved state survives a restart.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionJson,
  DEFAULT_SEED_PATH,
  EmulatorEngine,
  loadSeed,
  PreviewInputError,
  type PreviewState,
} from '@classroom-invitations/emulator';

const seed = loadSeed(DEFAULT_SEED_PATH);
const MARIE = 'marie.curie@demo-school.edu';
const marieMessage = seed.messages.find((m) => m.owner === MARIE)!;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'preview-engine-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runsOf(engine: EmulatorEngine, fn: string): number {
  return engine.emu.executions.filter((x) => x.fn === fn).length;
}

function button(state: PreviewState, text: string): ActionJson {
  const card = state.panel.stack.at(-1)!;
  const footer = card.fixedFooter?.primaryButton;
  if (footer?.text === text && footer.onClick.action) return footer.onClick.action;
  for (const section of card.sections) {
    for (const widget of section.widgets) {
      const found = widget.buttonList?.buttons.find((b) => b.text === text);
      if (found?.onClick.action) return found.onClick.action;
    }
  }
  throw new Error(`no button ${text}`);
}

function gmailEngine(): { engine: EmulatorEngine; state: PreviewState } {
  const engine = new EmulatorEngine({ seed, statePath: join(dir, 'state.json') });
  engine.open({ user: MARIE, host: 'GMAIL', locale: 'en' });
  return { engine, state: engine.message(marieMessage.id) };
}

test('a changed field runs its onChangeAction once; unchanged fields never do', () => {
  const { engine, state } = gmailEngine();
  const course = state.panel.stack
    .at(-1)!
    .sections.flatMap((s) => s.widgets)
    .find((w) => w.selectionInput?.name === 'courseId')!.selectionInput!;
  expect(course.onChangeAction).toBeDefined();
  const other = course.items.find((i) => !i.selected)!.value;
  const values = { ...state.panel.formValues, [course.name]: [other] };

  const changed = engine.form(values);
  expect(runsOf(engine, course.onChangeAction!.function)).toBe(1);
  expect(changed.panel.formValues[course.name]).toEqual([other]);

  const invite = button(changed, 'Invite selected');
  const after = engine.action(invite, { ...changed.panel.formValues });
  expect(runsOf(engine, course.onChangeAction!.function)).toBe(1);
  expect(runsOf(engine, invite.function)).toBe(1);
  expect(after.panel.lastError).toBeNull();
});

test('requests that cannot apply are refused with a PreviewInputError', () => {
  const { engine } = gmailEngine();
  expect(() => engine.open({ user: 'nobody@demo-school.edu', host: 'GMAIL', locale: 'en' })).toThrow(PreviewInputError);
  expect(() => engine.message('not-a-message')).toThrow(PreviewInputError);
  expect(() => engine.action({ function: 'onInvite', parameters: [] }, { noSuchField: ['x'] })).toThrow(
    PreviewInputError,
  );
  expect(() => engine.universal('No such action')).toThrow(PreviewInputError);
  expect(() => engine.runTrigger('no-such-trigger')).toThrow(PreviewInputError);
  engine.open({ user: MARIE, host: 'DRIVE', locale: 'en' });
  expect(() => engine.message(marieMessage.id)).toThrow(/only in Gmail/);
});

test('the state file carries the world and the selection over a restart; another seed starts over', () => {
  const statePath = join(dir, 'state.json');
  const first = new EmulatorEngine({ seed, statePath });
  first.open({ user: MARIE, host: 'DRIVE', locale: 'fr' });
  first.advanceClock(3_600_000);
  const user = first.state().selection.user;
  const clock = first.emu.clock.now();

  // Read the clock before state(): showing the panel runs the homepage, which takes virtual time.
  const second = new EmulatorEngine({ seed, statePath });
  expect(second.emu.clock.now()).toBe(clock);
  expect(second.state().selection).toEqual({ user, host: 'DRIVE', locale: 'fr' });

  const notices: string[] = [];
  const otherSeed = { ...seed, domain: 'elsewhere.example' };
  const third = new EmulatorEngine({ seed: otherSeed, statePath, log: (line) => notices.push(line) });
  expect(third.emu.clock.now()).toBeLessThan(clock);
  expect(notices.join('\n')).toMatch(/seed changed/);

  writeFileSync(statePath, '{ half a file');
  const fourth = new EmulatorEngine({ seed, statePath, log: (line) => notices.push(line) });
  expect(fourth.state().selection.host).toBe('GMAIL');
  expect(notices.join('\n')).toMatch(/unreadable/);
  expect(JSON.parse(readFileSync(statePath, 'utf8')).version).toBe(1); // rewritten whole
});

test('reset ignores a saved state', () => {
  const statePath = join(dir, 'state.json');
  new EmulatorEngine({ seed, statePath }).advanceClock(86_400_000);
  const fresh = new EmulatorEngine({ seed, statePath, reset: true });
  expect(fresh.emu.clock.now()).toBe(new EmulatorEngine({ seed, statePath: null }).emu.clock.now());
});
