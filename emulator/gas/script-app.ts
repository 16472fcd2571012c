// ScriptApp: time-driven triggers kept in the emulator state (with the add-on rules and the 20-per-user cap),
// OAuth tokens for UrlFetchApp and the authorization enums.
import { requireScope, type ServiceContext, type TriggerRecord } from './context';

export const MAX_TRIGGERS_PER_USER = 20;
const HOUR = 3600000;
const DAY = 24 * HOUR;

export const ADDON_FREQUENCY_MESSAGE =
  'Add-ons may not create time-based triggers to run more frequently than once per hour.';
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const EVERY_MINUTES_MESSAGE =
  'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.';

const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
} as const;
const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
const WeekDay = {
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
} as const;

export interface Trigger {
  getHandlerFunction(): string;
  getUniqueId(): string;
  getEventType(): string;
  getTriggerSource(): string;
  getTriggerSourceId(): string | null;
}

function triggerView(t: TriggerRecord): Trigger {
  return {
    getHandlerFunction: () => t.handler,
    getUniqueId: () => t.id,
    getEventType: () => EventType.CLOCK,
    getTriggerSource: () => TriggerSource.CLOCK,
    getTriggerSourceId: () => null,
  };
}

/** First time after `now` at hour:minute (UTC; the emulator's scripts run in Etc/UTC) on an allowed week day. */
function nextAt(now: number, hour: number, minute: number, weekDay: number | null): number {
  const d = new Date(now);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, minute);
  while (t <= now || (weekDay !== null && new Date(t).getUTCDay() !== weekDay)) t += DAY;
  return t;
}

function makeClockTriggerBuilder(ctx: ServiceContext, handler: string) {
  let everyMs: number | null = null;
  let oneShotAt: number | null = null;
  let minuteRecurrence = false;
  let atHour: number | null = null;
  let nearMinute = 0;
  let weekDay: number | null = null;
  const enter = (method: string) => {
    ctx.enter('ClockTriggerBuilder', method);
  };
  const positiveInt = (n: unknown, what: string): number => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw ctx.fail(`Invalid argument: ${what}`);
    return n;
  };

  const builder = {
    everyMinutes(n: number) {
      enter('everyMinutes');
      if (![1, 5, 10, 15, 30].includes(n)) throw ctx.fail(EVERY_MINUTES_MESSAGE);
      everyMs = n * 60000;
      minuteRecurrence = true;
      return builder;
    },
    everyHours(n: number) {
      enter('everyHours');
      everyMs = positiveInt(n, 'hours') * HOUR;
      return builder;
    },
    everyDays(n: number) {
      enter('everyDays');
      everyMs = positiveInt(n, 'days') * DAY;
      return builder;
    },
    everyWeeks(n: number) {
      enter('everyWeeks');
      everyMs = positiveInt(n, 'weeks') * 7 * DAY;
      return builder;
    },
    atHour(h: number) {
      enter('atHour');
      if (!Number.isInteger(h) || h < 0 || h > 23) throw ctx.fail('Invalid argument: hour');
      atHour = h;
      return builder;
    },
    nearMinute(m: number) {
      enter('nearMinute');
      if (!Number.isInteger(m) || m < 0 || m > 59) throw ctx.fail('Invalid argument: minute');
      nearMinute = m;
      return builder;
    },
    onWeekDay(day: unknown) {
      enter('onWeekDay');
      const i = Object.keys(WeekDay).indexOf(String(day));
      if (i < 0) throw ctx.fail('Invalid argument: day');
      weekDay = i;
      return builder;
    },
    /** Accepted for compatibility; the emulator schedules in UTC. */
    inTimezone(_tz: string) {
      enter('inTimezone');
      return builder;
    },
    after(ms: number) {
      enter('after');
      if (typeof ms !== 'number' || !(ms >= 0)) throw ctx.fail('Invalid argument: durationMilliseconds');
      oneShotAt = ctx.clock.now() + ms;
      return builder;
    },
    at(date: Date) {
      enter('at');
      const ms = date && typeof date.getTime === 'function' ? date.getTime() : NaN;
      if (Number.isNaN(ms)) throw ctx.fail('Invalid argument: date');
      oneShotAt = ms;
      return builder;
    },
    create(): Trigger {
      enter('create');
      requireScope(ctx, 'ScriptApp.newTrigger', ['script.scriptapp']);
      if (everyMs === null && oneShotAt === null)
        throw ctx.fail('The trigger has no schedule: call everyHours(), after() or at() first.');
      if (minuteRecurrence && ctx.manifest.addOns !== undefined) throw ctx.fail(ADDON_FREQUENCY_MESSAGE);
      const mine = ctx.state.triggers.filter((t) => t.user === ctx.user.id);
      if (mine.length >= MAX_TRIGGERS_PER_USER) throw ctx.fail(TOO_MANY_TRIGGERS_MESSAGE);
      const now = ctx.clock.now();
      let nextRunAt: number;
      if (oneShotAt !== null) nextRunAt = oneShotAt;
      else if (atHour !== null || weekDay !== null) nextRunAt = nextAt(now, atHour ?? 0, nearMinute, weekDay);
      else nextRunAt = now + everyMs!;
      const record: TriggerRecord = {
        id: String(1000000 + ++ctx.state.counters.trigger),
        user: ctx.user.id,
        handler,
        everyMs: oneShotAt !== null ? null : everyMs,
        nextRunAt,
        createdAt: now,
      };
      ctx.state.triggers.push(record);
      return triggerView(record);
    },
  };
  return builder;
}

export function makeScriptApp(ctx: ServiceContext) {
  const mine = () => ctx.state.triggers.filter((t) => t.user === ctx.user.id);
  return {
    AuthMode,
    AuthorizationStatus,
    EventType,
    TriggerSource,
    WeekDay,
    newTrigger(functionName: string) {
      ctx.enter('ScriptApp', 'newTrigger');
      if (typeof functionName !== 'string' || functionName === '') throw ctx.fail('Invalid argument: functionName');
      return {
        timeBased: () => makeClockTriggerBuilder(ctx, functionName),
      };
    },
    /** The current user's triggers of this script (add-on triggers are per user). */
    getProjectTriggers(): Trigger[] {
      requireScope(ctx, 'ScriptApp.getProjectTriggers', ['script.scriptapp']);
      return mine().map((t) => triggerView(t));
    },
    getUserTriggers(_container?: unknown): Trigger[] {
      requireScope(ctx, 'ScriptApp.getUserTriggers', ['script.scriptapp']);
      return mine().map((t) => triggerView(t));
    },
    deleteTrigger(trigger: Trigger) {
      requireScope(ctx, 'ScriptApp.deleteTrigger', ['script.scriptapp']);
      const id = trigger && typeof trigger.getUniqueId === 'function' ? trigger.getUniqueId() : undefined;
      const i = ctx.state.triggers.findIndex((t) => t.id === id && t.user === ctx.user.id);
      if (i < 0) throw ctx.fail('Invalid argument: trigger');
      ctx.state.triggers.splice(i, 1);
    },
    getOAuthToken: (): string => `emu-token:${ctx.user.id}`,
    getScriptId: (): string => 'emu-script-id',
    getAuthorizationInfo(_authMode: string, _scopes?: string[]) {
      return {
        getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () => null,
        getAuthorizedScopes: () => [...(ctx.manifest.oauthScopes ?? [])],
      };
    },
    /** Every manifest scope is granted in the emulator, so there is nothing to ask for. */
    requireScopes(_authMode: string, _scopes: string[]) {
      // no-op
    },
    requireAllScopes(_authMode: string) {
      // no-op
    },
  };
}
