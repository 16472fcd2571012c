// "Copy list": a group of addresses from a preview or results card, shown whole as selectable text. The button
// carries a key; the list itself is kept server-side (app/copies.ts) when the card is answered.
import { copyList, keepCopies } from '../app/copies';
import { buildListCard, COPY_KEY, takeCopies } from '../cards/lists';
import { push } from '../cards/navigation';
import { notify } from '../cards/ui';
import { afterRespond } from '../entry/respond';
import { requireParam, type Ctx } from '../entry/event';

// Whatever handler built the card, the lists behind its copy buttons are kept once it is answered.
afterRespond(() => {
  const copies = takeCopies();
  if (copies.size > 0) keepCopies(copies);
});

export function showList(ctx: Ctx) {
  const copy = copyList(requireParam(ctx, 'key', COPY_KEY));
  return copy ? push(buildListCard(ctx.t, copy.title, copy.list)) : notify(ctx.t('list.expired'));
}
