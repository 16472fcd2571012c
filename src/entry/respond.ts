// The one error funnel: every entry point runs its handler through here. Errors become plain language in the user's
// language (a notification for input the user can fix on the spot, an error card otherwise); unexpected ones are
// logged with their stack for Executions / Cloud Logging but never shown.
import { buildErrorCard } from '../cards/message';
import type { ActionResponse, Card, ComposeActionResponse, UniversalActionResponse } from '../cards/types';
import { notify } from '../cards/ui';
import { isAppError } from '../domain/errors';
import { describe } from '../i18n/errors';
import { parseEvent, type Ctx } from './event';
import { startExecution } from '../transport/deadline';

/** Every callback a person waits on: the deadline starts here, before anything else runs. */
function safeCtx(e: unknown): Ctx {
  startExecution('click');
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

/** Gmail compose actions: the draft to open; any error as a notification (a compose action cannot push a card). */
export function respondCompose(
  e: unknown,
  run: (ctx: Ctx) => ComposeActionResponse,
): ComposeActionResponse | ActionResponse {
  const ctx = safeCtx(e);
  try {
    return run(ctx);
  } catch (error) {
    return notify(describe(ctx.t, error));
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
  startExecution('trigger');
  try {
    return run();
  } catch (error) {
    console.error(`${name} failed`, error instanceof Error ? (error.stack ?? error.message) : error);
    throw error;
  }
}
