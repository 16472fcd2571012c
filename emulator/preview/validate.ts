// Checks the JSON bodies the page posts: anything malformed becomes a PreviewInputError (HTTP 400), never a crash.
import type { ActionJson } from '../card-json';
import { HOSTS, LOCALES, PreviewInputError } from './api-types';
import type { FormValues, PreviewHost, PreviewLocale, Selection } from './api-types';

const MAX_TEXT = 10_000;
const MAX_FIELDS = 500;
const MAX_VALUES = 1_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObject(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new PreviewInputError('The request body must be a JSON object.');
  return body;
}

export function requireString(body: Record<string, unknown>, key: string, maxLength = MAX_TEXT): string {
  const value = body[key];
  if (typeof value !== 'string' || value.length === 0)
    throw new PreviewInputError(`"${key}" must be a non-empty string.`);
  if (value.length > maxLength) throw new PreviewInputError(`"${key}" is too long.`);
  return value;
}

export function parseSelection(body: unknown, current: Selection): Selection {
  const obj = requireObject(body);
  const host = obj.host ?? current.host;
  const locale = obj.locale ?? current.locale;
  const user = obj.user ?? current.user;
  if (typeof host !== 'string' || !(HOSTS as readonly string[]).includes(host)) {
    throw new PreviewInputError(`"host" must be one of ${HOSTS.join(', ')}.`);
  }
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) {
    throw new PreviewInputError(`"locale" must be one of ${LOCALES.join(', ')}.`);
  }
  if (typeof user !== 'string' || user.length === 0 || user.length > 320) {
    throw new PreviewInputError('"user" must be a user id or email.');
  }
  return { host: host as PreviewHost, locale: locale as PreviewLocale, user };
}

/** `{messageId: string}` opens a message, `{messageId: null}` closes it. */
export function parseMessageId(body: unknown): string | null {
  const obj = requireObject(body);
  if (obj.messageId === null) return null;
  return requireString(obj, 'messageId', 200);
}

export function parseAction(value: unknown): ActionJson {
  if (!isRecord(value)) throw new PreviewInputError('"action" must be an object.');
  const fn = value.function;
  if (typeof fn !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(fn)) {
    throw new PreviewInputError('"action.function" must be a function name.');
  }
  const params = value.parameters ?? [];
  if (!Array.isArray(params) || params.length > MAX_FIELDS) {
    throw new PreviewInputError('"action.parameters" must be a list of {key, value}.');
  }
  const parameters = params.map((p: unknown) => {
    if (!isRecord(p) || typeof p.key !== 'string' || typeof p.value !== 'string') {
      throw new PreviewInputError('Every action parameter must be {key: string, value: string}.');
    }
    return { key: p.key, value: p.value };
  });
  // Only the fields an Action has go through: the page cannot smuggle anything else into the panel.
  const action: ActionJson = { function: fn, parameters };
  if (value.loadIndicator === 'SPINNER' || value.loadIndicator === 'NONE') action.loadIndicator = value.loadIndicator;
  if (typeof value.persistValues === 'boolean') action.persistValues = value.persistValues;
  if (typeof value.allWidgetsAreRequired === 'boolean') action.allWidgetsAreRequired = value.allWidgetsAreRequired;
  if (value.composedEmailType === 'REPLY_AS_DRAFT' || value.composedEmailType === 'STANDALONE_DRAFT')
    action.composedEmailType = value.composedEmailType;
  if (value.requiredWidgets !== undefined) {
    if (!isStringList(value.requiredWidgets)) {
      throw new PreviewInputError('"action.requiredWidgets" must be a list of strings.');
    }
    action.requiredWidgets = value.requiredWidgets;
  }
  return action;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function parseFormValues(value: unknown): FormValues {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new PreviewInputError('"formValues" must be an object of field name → list of strings.');
  const entries = Object.entries(value);
  if (entries.length > MAX_FIELDS) throw new PreviewInputError('Too many form fields.');
  const out: FormValues = {};
  for (const [name, values] of entries) {
    if (!isStringList(values) || values.length > MAX_VALUES || values.some((v) => v.length > MAX_TEXT * 10)) {
      throw new PreviewInputError(`Form field "${name}" must be a list of strings.`);
    }
    out[name] = values;
  }
  return out;
}

export function parseActionBody(body: unknown): { action: ActionJson; formValues: FormValues } {
  const obj = requireObject(body);
  return { action: parseAction(obj.action), formValues: parseFormValues(obj.formValues) };
}

export function parseClockAdvance(body: unknown): number {
  const obj = requireObject(body);
  const ms = obj.ms;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0 || ms > 366 * 24 * 3600 * 1000) {
    throw new PreviewInputError('"ms" must be a positive number of milliseconds (at most a year).');
  }
  return ms;
}

/** `{grant: true}` allows the add-on's request for access to the open file, `{grant: false}` cancels it. */
export function parseFileScopeAnswer(body: unknown): boolean {
  const grant = requireObject(body).grant;
  if (typeof grant !== 'boolean') throw new PreviewInputError('"grant" must be true or false.');
  return grant;
}
