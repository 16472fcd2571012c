// The homepage: shown by the manifest trigger, and refreshed on request.
import { openHome } from '../app/open-home';
import { buildHomeCard } from '../cards/home';
import { toHome } from '../cards/navigation';
import type { ActionResponse, Card } from '../cards/types';
import type { Ctx } from '../entry/event';

export function homepage(ctx: Ctx): Card {
  return buildHomeCard(ctx.t, openHome());
}

export function refreshHome(ctx: Ctx): ActionResponse {
  return toHome(buildHomeCard(ctx.t, openHome()));
}
