// Owner transfer: the start card, starting, the wizard card (observed on each opening), cancelling and closing. Each
// change reads the homepage and the course under it again, so Back never shows a transfer as it was.
import * as transfers from '../app/transfer-ownership';
import { openStackAfter } from '../app/course-view';
import { courseStack, push, show } from '../cards/navigation';
import { buildTransferCard, buildTransferStartCard } from '../cards/transfer';
import type { Card } from '../cards/types';
import { invalidInput } from '../domain/errors';
import { requireParam, type Ctx } from '../entry/event';

export function showTransferStart(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  const email = ctx.params.email;
  return push(buildTransferStartCard(ctx.t, { ...transfers.prepareTransfer(courseId), ...(email ? { email } : {}) }));
}

/** The homepage and the course read again, then `above`. */
function afterChange(ctx: Ctx, courseId: string, above: Card[] = [], notification?: string) {
  return courseStack(ctx.t, openStackAfter(courseId, {}, ctx.gmail), above, notification);
}

export function startTransfer(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  // A typed address wins over the co-teacher picked above it: typing is the more deliberate act.
  const target = ctx.value('transferEmail') || ctx.value('transferTarget');
  if (!target) throw invalidInput('transfer.start.none');
  return afterChange(ctx, courseId, [
    buildTransferCard(ctx.t, transfers.startOwnershipTransfer(courseId, target), Date.now()),
  ]);
}

export function showTransfer(ctx: Ctx) {
  const transfer = transfers.openTransfer(requireParam(ctx, 'courseId'));
  return show(buildTransferCard(ctx.t, transfer, Date.now()), ctx.params.replace === '1');
}

export function cancelTransfer(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  const card = buildTransferCard(ctx.t, transfers.cancelOwnershipTransfer(courseId), Date.now());
  return afterChange(ctx, courseId, [card], ctx.t('transfer.cancelled'));
}

export function closeTransfer(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  transfers.closeOwnershipTransfer(courseId);
  return afterChange(ctx, courseId);
}
