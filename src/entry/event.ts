// Reads an add-on event object defensively: any field may be missing or of the wrong type (old clients, tests,
// hand-made calls), so everything is narrowed here, once, and handlers see only plain strings.
import { AppError, invalidInput } from '../domain/errors';
import { isRole, type Role } from '../domain/roles';
import { localeOf, translator } from '../i18n';

/** What a handler reads of its event: every field narrowed (parseEvent). */
export type Ctx = ReturnType<typeof parseEvent>;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const stringMap = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(record(value)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

function formValues(event: Record<string, unknown>): Map<string, string[]> {
  const inputs = Object.entries(record(record(event.commonEventObject).formInputs));
  return new Map(
    inputs.map(([name, input]) => {
      const list: unknown = record(record(input).stringInputs).value;
      return [name, Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : []];
    }),
  );
}

function gmailOf(event: Record<string, unknown>): { messageId: string; accessToken: string } | undefined {
  const { messageId, accessToken } = { ...record(event.messageMetadata), ...record(event.gmail) };
  return typeof messageId === 'string' && typeof accessToken === 'string' && messageId && accessToken
    ? { messageId, accessToken }
    : undefined;
}

/** In Sheets: whether the user granted the add-on this file (drive.file), and then its id, as the event says. */
function sheetsOf(event: Record<string, unknown>): { hasFileScope: boolean; id?: string } | undefined {
  const sheets = record(event.sheets);
  const granted = sheets.addonHasFileScopePermission;
  if (typeof granted !== 'boolean') return undefined;
  return { hasFileScope: granted, ...(typeof sheets.id === 'string' && sheets.id ? { id: sheets.id } : {}) };
}

const zoneOf = (id: unknown): string => (typeof id === 'string' && /^[\w+-]+(\/[\w+-]+)*$/.test(id) ? id : 'Etc/UTC');

export function parseEvent(e: unknown) {
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
    // The user's IANA time zone (commonEventObject.timeZone.id, or the legacy userTimezone.id); Etc/UTC if absent.
    timeZone: zoneOf(record(common.timeZone).id ?? record(event.userTimezone).id),
    // commonEventObject.parameters is the current field; the top-level copy is the legacy one.
    params,
    // The card a change was made from, carried by its actions (the Find query, a Gmail person): Back rebuilds it.
    via: { ...(find ? { find: find.slice(0, 200) } : {}), ...(person ? { person: person.slice(0, 320) } : {}) },
    values: (field: string): string[] => form.get(field) ?? [], // All values of a form field (empty when absent)
    value: (field: string) => (form.get(field)?.[0] ?? '').trim(), // The first value, trimmed ('' when absent)
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
