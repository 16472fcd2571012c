// The one error funnel: every entry point is its handler wrapped here. Errors become plain language in the user's
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

let afterHook: (() => void) | undefined;

/** Runs `hook` after every card answer (the "Copy list" lists are kept then); its failure never fails the answer. */
export function afterRespond(hook: () => void): void {
  afterHook = hook;
}

function answered<T>(value: T): T {
  try {
    afterHook?.();
  } catch (error) {
    console.warn('after the answer', error instanceof Error ? error.message : error);
  }
  return value;
}

/** Runs `run`; a failure is logged with its stack and thrown on, for Google to report and Executions to show. */
function logged<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    console.error(what, error instanceof Error ? (error.stack ?? error.message) : error);
    throw error;
  }
}

// Runs `run` on the event; a failure is put in plain language and answered by `failed`.
function answering<T, F>(run: (ctx: Ctx) => T, failed: (ctx: Ctx, message: string, error: unknown) => F) {
  return (e: unknown): T | F => {
    const ctx = safeCtx(e);
    try {
      return answered(run(ctx));
    } catch (error) {
      return failed(ctx, describe(ctx.t, error), error);
    }
  };
}

/** Homepage and contextual triggers: a card (or cards), or the error card. */
export const respondCards = <T extends Card | Card[]>(build: (ctx: Ctx) => T) =>
  answering(build, (ctx, message) => buildErrorCard(ctx.t, message, false));

/** Universal actions: cards shown in place of the current stack. */
export function respondUniversal(build: (ctx: Ctx) => Card) {
  return (e: unknown): UniversalActionResponse =>
    CardService.newUniversalActionResponseBuilder()
      .displayAddOnCards([respondCards(build)(e)])
      .build();
}

/** Widget actions: an ActionResponse; input errors as a notification, the rest as a pushed error card. */
export const respondAction = (run: (ctx: Ctx) => ActionResponse) =>
  answering(run, (ctx, message, error) => {
    if (isAppError(error) && error.cause.code === 'INVALID_INPUT') return notify(message);
    return CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().pushCard(buildErrorCard(ctx.t, message, true)))
      .build();
  });

// Gmail compose actions: the draft to open. Google takes nothing but a ComposeActionResponse here, and that needs a
// draft (ComposeActionResponseBuilder has only setGmailDraft, and build() throws without one), so a compose action
// cannot answer with a notification: the card offers the button only where the draft can be built (a course with
// a class code, people who join as students), and an error at the click is logged and left to Gmail to report.
export function respondCompose(run: (ctx: Ctx) => ComposeActionResponse) {
  return (e: unknown): ComposeActionResponse => logged('compose action failed', () => run(safeCtx(e)));
}

/** Time-driven triggers: no UI; a failure is logged and thrown on, so it shows in Executions. */
export function respondTrigger<T>(name: string, run: () => T) {
  return (): T => {
    startExecution('trigger');
    return logged(`${name} failed`, run);
  };
}
