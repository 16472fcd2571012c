// The homepage: shown by the manifest trigger, and refreshed or paged on request; the course search.
import { findCourses, openHome } from '../app/open-home';
import { buildFoundCoursesCard, buildHomeCard } from '../cards/home';
import { show, toHome } from '../cards/navigation';
import type { Ctx } from '../entry/event';

export function homepage(ctx: Ctx) {
  return buildHomeCard(ctx.t, openHome());
}

/** An offset action parameter; anything malformed is the list's first page. */
function offset(ctx: Ctx, name: string) {
  const n = Number(ctx.params[name] ?? '0');
  return Number.isInteger(n) && n >= 0 && n < 1_000_000 ? n : 0;
}

/** Each list where it stands (action parameters). */
export function refreshHome(ctx: Ctx) {
  const offsets = { forMe: offset(ctx, 'forMe'), jobs: offset(ctx, 'jobs'), teaching: offset(ctx, 'teaching') };
  return toHome(buildHomeCard(ctx.t, openHome(offsets)));
}

/** Courses by part of their name: typed in the form, or the query of the page being turned; `show`: every one. */
export function findCourse(ctx: Ctx) {
  const paging = ctx.params.offset !== undefined;
  const typed = paging ? (ctx.params.query ?? '') : ctx.value('courseQuery');
  const query = ctx.params.show ? '' : typed.trim().slice(0, 100);
  const card = buildFoundCoursesCard(ctx.t, findCourses(query, ctx.params.all === '1', offset(ctx, 'offset')));
  return show(card, !!ctx.params.replace);
}
