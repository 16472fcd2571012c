// The one error funnel: every entry point runs its handler through here. Errors become plain language in the user's
// language (a notification for input the user can fix on the spot, an error card otherwise); unexpected ones are
// logged with their stack for Executions / Cloud Logging but never shown.
import { isAppError } from '../domain/errors';
import type { Translate } from '../i18n';
import { buildErrorCard } from '../cards/message';
import { notify } from '../cards/ui';
import { parseEvent, type Ctx } from './event';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
type UniversalActionResponse = GoogleAppsScript.Card_Service.UniversalActionResponse;

/** The words for an error; logs what the user must not see. */
export function describe(t: Translate, error: unknown): string {
  if (isAppError(error)) {
    const { key, params, api } = error.cause;
    return t(key, { detail: api ? `${api.status}${api.reason ? ` ${api.reason}` : ''}` : key, email: '', ...params });
  }
  console.error('Unexpected error', error instanceof Error ? (error.stack ?? error.message) : error);
  return t('err.internal');
}

function safeCtx(e: unknown): Ctx {
  return parseEvent(e); // never throws: every field is narrowed
}

/** Homepage and contextual triggers: a card (or cards), or the error card. */
export function respondCards(e: unknown, build: (ctx: Ctx) => Card | Card[]): Card | Card[] {
  const ctx = safeCtx(e);
  try {
    return build(ctx);
  } catch (error) {
    return buildErrorCard(ctx.t, describe(ctx.t, error), false);
  }
}

/** Widget actions: an ActionResponse; input errors as a notification, the rest as a pushed error card. */
export function respondAction(e: unknown, run: (ctx: Ctx) => ActionResponse): ActionResponse {
  const ctx = safeCtx(e);
  try {
    return run(ctx);
  } catch (error) {
    const message = describe(ctx.t, error);
    if (isAppError(error) && error.cause.code === 'INVALID_INPUT') return notify(message);
    return CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().pushCard(buildErrorCard(ctx.t, message, true)))
      .build();
  }
}

/** Universal actions: cards shown in place of the current stack. */
export function respondUniversal(e: unknown, build: (ctx: Ctx) => Card): UniversalActionResponse {
  const ctx = safeCtx(e);
  let card: Card;
  try {
    card = build(ctx);
  } catch (error) {
    card = buildErrorCard(ctx.t, describe(ctx.t, error), false);
  }
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

/** Time-driven triggers: no UI; log with context and rethrow so the failure shows in Executions. */
export function respondTrigger<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    console.error(`${name} failed`, error instanceof Error ? (error.stack ?? error.message) : error);
    throw error;
  }
}

function respondWith(
  nav: GoogleAppsScript.Card_Service.Navigation,
  notification?: string,
  changed = false,
): ActionResponse {
  const builder = CardService.newActionResponseBuilder().setNavigation(nav);
  if (changed) builder.setStateChanged(true);
  if (notification) builder.setNotification(CardService.newNotification().setText(notification));
  return builder.build();
}

export function push(card: Card, notification?: string): ActionResponse {
  return respondWith(CardService.newNavigation().pushCard(card), notification);
}

export function replace(card: Card, notification?: string): ActionResponse {
  return respondWith(CardService.newNavigation().updateCard(card), notification);
}

/** Back to the root, then show `card` above it: where a finished flow lands, whatever path led to it. */
export function restart(card: Card, notification?: string): ActionResponse {
  return respondWith(CardService.newNavigation().popToRoot().pushCard(card), notification, true);
}

/** One card back, showing `card` there (e.g. results → the refreshed course). */
export function backTo(card: Card, notification?: string): ActionResponse {
  return respondWith(CardService.newNavigation().popCard().updateCard(card), notification, true);
}

/** Back to the homepage, refreshed (e.g. after accepting or declining), optionally with a card shown above it. */
export function toHome(home: Card, notification?: string, above?: Card): ActionResponse {
  const nav = CardService.newNavigation().popToRoot().updateCard(home);
  return respondWith(above ? nav.pushCard(above) : nav, notification, true);
}

export function back(): ActionResponse {
  return respondWith(CardService.newNavigation().popCard());
}
