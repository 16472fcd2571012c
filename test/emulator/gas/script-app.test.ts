// ScriptApp: time-driven triggers in the emulator state, the add-on hourly rule, the 20-per-user cap, tokens.
import {
  ADDON_FREQUENCY_MESSAGE,
  emptyServiceState,
  EVERY_MINUTES_MESSAGE,
  makeScriptApp,
  type ManifestInfo,
  MAX_TRIGGERS_PER_USER,
  testContext,
  TOO_MANY_TRIGGERS_MESSAGE,
  VirtualClock,
} from '@classroom-invitations/emulator';

const HOUR = 3600000;
const ADDON: ManifestInfo = { addOns: { common: {} } };

function setup(manifest: ManifestInfo = ADDON) {
  const clock = new VirtualClock(Date.UTC(2026, 8, 1, 8, 30)); // Tuesday 08:30 UTC
  const state = emptyServiceState();
  const as = (id: string) => makeScriptApp(testContext(clock, { state, manifest, user: { id } }));
  return { clock, state, as };
}

describe('ScriptApp triggers', () => {
  it('creates an hourly trigger stored in the emulator state', () => {
    const { clock, state, as } = setup();
    const t = as('u1').newTrigger('sync').timeBased().everyHours(2).create();
    expect(t.getHandlerFunction()).toBe('sync');
    expect(t.getEventType()).toBe('CLOCK');
    expect(t.getTriggerSource()).toBe('CLOCK');
    expect(state.triggers).toEqual([
      {
        id: t.getUniqueId(),
        user: 'u1',
        handler: 'sync',
        everyMs: 2 * HOUR,
        nextRunAt: clock.now() + 2 * HOUR,
        createdAt: clock.now(),
      },
    ]);
  });

  it('refuses minute triggers in an add-on, and invalid minute values with the documented error', () => {
    const { as } = setup();
    expect(() => as('u1').newTrigger('f').timeBased().everyMinutes(5).create()).toThrow(ADDON_FREQUENCY_MESSAGE);
    expect(() => as('u1').newTrigger('f').timeBased().everyMinutes(7)).toThrow(EVERY_MINUTES_MESSAGE);
    expect(() => setup({}).as('u1').newTrigger('f').timeBased().everyMinutes(5).create()).not.toThrow();
  });

  it('schedules one-shot triggers with after() and at(), and daily ones at an hour', () => {
    const { clock, state, as } = setup();
    const app = as('u1');
    app.newTrigger('later').timeBased().after(90000).create();
    app
      .newTrigger('then')
      .timeBased()
      .at(new Date(clock.now() + 5 * HOUR))
      .create();
    app.newTrigger('daily').timeBased().everyDays(1).atHour(6).nearMinute(15).create();
    app.newTrigger('weekly').timeBased().everyWeeks(1).onWeekDay(app.WeekDay.MONDAY).atHour(9).create();
    const byHandler = Object.fromEntries(state.triggers.map((t) => [t.handler, t]));
    expect(byHandler.later).toMatchObject({ everyMs: null, nextRunAt: clock.now() + 90000 });
    expect(byHandler.then).toMatchObject({ everyMs: null, nextRunAt: clock.now() + 5 * HOUR });
    // 08:30 is past 06:15, so the next run is tomorrow at 06:15.
    expect(byHandler.daily).toMatchObject({ everyMs: 24 * HOUR, nextRunAt: Date.UTC(2026, 8, 2, 6, 15) });
    expect(byHandler.weekly).toMatchObject({ everyMs: 7 * 24 * HOUR, nextRunAt: Date.UTC(2026, 8, 7, 9, 0) });
  });

  it('requires a schedule before create()', () => {
    expect(() => setup().as('u1').newTrigger('f').timeBased().create()).toThrow('no schedule');
  });

  it('caps triggers at 20 per user', () => {
    const { as } = setup();
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) as('u1').newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => as('u1').newTrigger('one more').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    expect(() => as('u2').newTrigger('other user').timeBased().everyHours(1).create()).not.toThrow();
  });

  it("lists and deletes only the current user's triggers", () => {
    const { state, as } = setup();
    const mine = as('u1').newTrigger('a').timeBased().everyHours(1).create();
    const theirs = as('u2').newTrigger('b').timeBased().everyHours(1).create();
    expect(
      as('u1')
        .getProjectTriggers()
        .map((t) => t.getHandlerFunction()),
    ).toEqual(['a']);
    expect(() => {
      as('u1').deleteTrigger(theirs);
    }).toThrow('Invalid argument: trigger');
    as('u1').deleteTrigger(mine);
    expect(state.triggers.map((t) => t.handler)).toEqual(['b']);
  });

  it('needs the script.scriptapp scope when the manifest lists scopes', () => {
    const app = setup({ addOns: {}, oauthScopes: ['https://www.googleapis.com/auth/script.locale'] }).as('u1');
    expect(() => app.newTrigger('f').timeBased().everyHours(1).create()).toThrow('script.scriptapp');
    expect(() => app.getProjectTriggers()).toThrow('Specified permissions are not sufficient');
  });
});

describe('ScriptApp tokens and authorization', () => {
  it("returns the emulator's OAuth token for the user and reports authorization as not required", () => {
    const app = setup().as('u7');
    expect(app.getOAuthToken()).toBe('emu-token:u7');
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(app.AuthMode).toMatchObject({ FULL: 'FULL', LIMITED: 'LIMITED', NONE: 'NONE' });
    expect(() => {
      app.requireScopes(app.AuthMode.FULL, ['x']);
    }).not.toThrow();
  });
});
