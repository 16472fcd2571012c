// Owner transfer: the start card, starting, the wizard card (observed on each opening), cancelling and closing.
import {
  cancelOwnershipTransfer,
  closeOwnershipTransfer,
  openTransfer,
  prepareTransfer,
  startOwnershipTransfer,
} from '../app/transfer-ownership';
import { back, push, replace } from '../cards/navigation';
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
  return replace(buildTransferCard(ctx.t, startOwnershipTransfer(courseId, target), Date.now()));
}

export function showTransfer(ctx: Ctx): ActionResponse {
  const card = buildTransferCard(ctx.t, openTransfer(requireParam(ctx, 'courseId')), Date.now());
  return ctx.params.replace === '1' ? replace(card) : push(card);
}

export function cancelTransfer(ctx: Ctx): ActionResponse {
  const t = cancelOwnershipTransfer(requireParam(ctx, 'courseId'));
  return replace(buildTransferCard(ctx.t, t, Date.now()), ctx.t('transfer.cancelled'));
}

export function closeTransfer(ctx: Ctx): ActionResponse {
  closeOwnershipTransfer(requireParam(ctx, 'courseId'));
  return back();
}
