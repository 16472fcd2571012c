// The course card as the user opened it (its invitations, class code and the ownership transfer), and the stack
// rebuilt under a change: every card that re-reads a course shows the same sections, so Back never loses one.
import { openCourse } from '../app/open-course';
import { openHome } from '../app/open-home';
import { transferOnCourse } from '../app/transfer-ownership';
import { buildCourseCard } from '../cards/course';
import { buildHomeCard } from '../cards/home';
import { rebuildStack } from '../cards/navigation';
import type { ActionResponse, Card } from '../cards/types';
import type { Cursor } from '../domain/list-pages';
import type { Ctx } from '../entry/event';

export function courseCard(ctx: Ctx, courseId: string, cursor?: Cursor): Card {
  const opened = openCourse(courseId, cursor);
  return buildCourseCard(ctx.t, { ...opened, transfer: transferOnCourse(opened.course) });
}

/**
 * The homepage (the root, unless a Gmail message is open: its card stays) and the course, read again, with `above`
 * pushed over them: where a change in a course leaves the user, so Back shows the new truth.
 */
export function courseStack(ctx: Ctx, courseId: string, above: Card[] = [], notification?: string): ActionResponse {
  const root = ctx.gmail ? null : buildHomeCard(ctx.t, openHome());
  return rebuildStack(root, [courseCard(ctx, courseId), ...above], notification);
}
