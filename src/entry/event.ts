// Reads an add-on event object defensively: any field may be missing or of the wrong type (old clients, tests,
// hand-made calls), so everything is narrowed here, once, and handlers see only plain strings.
import { AppError, invalidInput } from '../domain/errors';
import { isRole, type Role } from '../domain/roles';
import { localeOf, translator, type Locale, type Translate } from '../i18n';

export interface Ctx {
  locale: Locale;
  t: Translate;
  hostApp: string;
  params: Readonly<Record<string, string>>;
  /** All values of a form field (empty when absent). */
  values(field: string): string[];
  /** The first value of a form field, trimmed ('' when absent). */
  value(field: string): string;
  gmail?: { messageId: string; accessToken: string };
  /** In Sheets: whether the user granted the add-on this file (drive.file), and then its id, as the event says. */
  sheets?: { hasFileScope: boolean; id?: string };
  /** The user's IANA time zone (commonEventObject.timeZone.id, or the legacy userTimezone.id); Etc/UTC if absent. */
  timeZone: string;
  /** The card a change was made from, carried by its actions (the Find query, a Gmail person): Back rebuilds it. */
  via: { find?: string; person?: string };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value))) if (typeof v === 'string') out[k] = v;
  return out;
}

function formValues(event: Record<string, unknown>): Map<string, string[]> {
  const inputs = Object.entries(record(record(event.commonEventObject).formInputs));
  return new Map(
    inputs.map(([name, input]) => {
      const list: unknown = record(record(input).stringInputs).value;
      return [name, Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : []];
    }),
  );
}

function gmailOf(event: Record<string, unknown>): Ctx['gmail'] {
  const gmail = { ...record(event.messageMetadata), ...record(event.gmail) };
  const { messageId, accessToken } = gmail;
  return typeof messageId === 'string' && typeof accessToken === 'string' && messageId && accessToken
    ? { messageId, accessToken }
    : undefined;
}

function sheetsOf(event: Record<string, unknown>): Ctx['sheets'] {
  const sheets = record(event.sheets);
  const granted = sheets.addonHasFileScopePermission;
  if (typeof granted !== 'boolean') return undefined;
  return { hasFileScope: granted, ...(typeof sheets.id === 'string' && sheets.id ? { id: sheets.id } : {}) };
}

function zoneOf(id: unknown): string {
  return typeof id === 'string' && /^[\w+-]+(\/[\w+-]+)*$/.test(id) ? id : 'Etc/UTC';
}

export function parseEvent(e: unknown): Ctx {
  const event = record(e);
  const common = record(event.commonEventObject);
  const locale = localeOf(common.userLocale ?? event.userLocale);
  const form = formValues(event);
  const gmail = gmailOf(event);
  const sheets = sheetsOf(event);
  const params = { ...stringMap(event.parameters), ...stringMap(common.parameters) };
  const { find, person } = params;
  return {
    locale,
    t: translator(locale),
    hostApp: typeof common.hostApp === 'string' ? common.hostApp : '',
    timeZone: zoneOf(record(common.timeZone).id ?? record(event.userTimezone).id),
    // commonEventObject.parameters is the current field; the top-level copy is the legacy one.
    params,
    via: { ...(find ? { find: find.slice(0, 200) } : {}), ...(person ? { person: person.slice(0, 320) } : {}) },
    values: (field) => form.get(field) ?? [],
    value: (field) => (form.get(field)?.[0] ?? '').trim(),
    ...(gmail ? { gmail } : {}),
    ...(sheets ? { sheets } : {}),
  };
}

/** A parameter the card put there itself; missing means a stale or forged event. */
export function requireParam(ctx: Ctx, name: string, pattern = /^[\w@.:=-]{1,200}$/): string {
  const value = ctx.params[name];
  if (value === undefined || !pattern.test(value)) throw new AppError('BAD_EVENT', 'err.badEvent');
  return value;
}

/** A role chosen in a form field (`fallback` when the field is empty); anything else is refused as invalid input. */
export function requireRole(ctx: Ctx, field: string, fallback = ''): Role {
  const role = ctx.value(field) || fallback;
  if (!isRole(role)) throw invalidInput('err.invalidArgument');
  return role;
}
