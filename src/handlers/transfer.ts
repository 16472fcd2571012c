// Owner transfer: the start card, starting, the wizard card (observed on each opening), cancelling and closing. Each
// change reads the homepage and the course under it again, so Back never shows a transfer as it was.
import {
  cancelOwnershipTransfer,
  closeOwnershipTransfer,
  openTransfer,
  prepareTransfer,
  startOwnershipTransfer,
} from '../app/transfer-ownership';
import { openStackAfter } from '../app/course-view';
import { courseStack, push, show } from '../cards/navigation';
import { buildTransferCard, buildTransferStartCard } from '../cards/transfer';
import type { ActionResponse } from '../cards/types';
import { invalidInput } from '../domain/errors';
import { requireParam, type Ctx } from '../entry/event';

export function showTransferStart(ctx: Ctx): ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  const email = ctx.params.email;
  return push(buildTransferStartCard(ctx.t, { ...prepareTransfer(courseId), ...(email ? { email } : {}) }));
}

export function startTransfer(ctx: Ctx): ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  // A typed address wins over the co-teacher picked above it: typing is the more deliberate act.
  const target = ctx.value('transferEmail') || ctx.value('transferTarget');
  if (!target) throw invalidInput('transfer.start.none');
  const card = buildTransferCard(ctx.t, startOwnershipTransfer(courseId, target), Date.now());
  return courseStack(ctx.t, openStackAfter(courseId, {}, ctx.gmail), [card]);
}

export function showTransfer(ctx: Ctx): ActionResponse {
  const card = buildTransferCard(ctx.t, openTransfer(requireParam(ctx, 'courseId')), Date.now());
  return show(card, ctx.params.replace === '1');
}

export function cancelTransfer(ctx: Ctx): ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  const card = buildTransferCard(ctx.t, cancelOwnershipTransfer(courseId), Date.now());
  return courseStack(ctx.t, openStackAfter(courseId, {}, ctx.gmail), [card], ctx.t('transfer.cancelled'));
}

export function closeTransfer(ctx: Ctx): ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  closeOwnershipTransfer(courseId);
  return courseStack(ctx.t, openStackAfter(courseId, {}, ctx.gmail));
}
