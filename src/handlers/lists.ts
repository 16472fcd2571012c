// "Copy list": a group of addresses from a preview or results card, shown whole as selectable text.
import { buildListCard } from '../cards/lists';
import { push } from '../cards/navigation';
import type { ActionResponse } from '../cards/types';
import { requireParam, type Ctx } from '../entry/event';

/** Any text: the card only shows it, escaped and cut, and writes nothing. */
const ANY_TEXT = /^[\s\S]+$/;

export function showList(ctx: Ctx): ActionResponse {
  return push(buildListCard(ctx.t, requireParam(ctx, 'title', ANY_TEXT), requireParam(ctx, 'list', ANY_TEXT)));
}
