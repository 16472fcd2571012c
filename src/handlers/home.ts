// The homepage: shown by the manifest trigger, and refreshed or paged on request.
import { HOME_START, openHome, type HomeOffsets } from '../app/open-home';
import { buildHomeCard } from '../cards/home';
import { toHome } from '../cards/navigation';
import type { ActionResponse, Card } from '../cards/types';
import type { Ctx } from '../entry/event';

export function homepage(ctx: Ctx): Card {
  return buildHomeCard(ctx.t, openHome());
}

/** Where each list stands (action parameters); anything malformed is the list's first page. */
function offsets(ctx: Ctx): HomeOffsets {
  const read = (name: keyof HomeOffsets): number => {
    const n = Number(ctx.params[name] ?? '0');
    return Number.isInteger(n) && n >= 0 && n < 1_000_000 ? n : 0;
  };
  return { ...HOME_START, forMe: read('forMe'), jobs: read('jobs'), teaching: read('teaching') };
}

export function refreshHome(ctx: Ctx): ActionResponse {
  return toHome(buildHomeCard(ctx.t, openHome(offsets(ctx))));
}
