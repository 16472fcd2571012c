// Homepage (every host, and Gmail until a message is open): invitations for the user and the courses they teach.
import { buildHomeCard, type HomeData } from '../cards/home';
import type { InvitationView } from '../domain/types';
import { listInvitations, listTeachingCourses } from '../services/classroom';
import { coursesById, rememberCourses } from '../services/course-cache';
import { currentUser } from '../services/profiles';
import type { Ctx } from './event';

export function loadHome(): HomeData {
  const me = currentUser();
  const courses = listTeachingCourses();
  rememberCourses(courses);
  const teaching = courses.map((course) => ({ course, pending: listInvitations({ courseId: course.id }).length }));
  const mine = listInvitations({ userId: 'me' });
  const names = coursesById(mine.map((i) => i.courseId));
  const forMe: InvitationView[] = mine.map((inv) => {
    const course = names.get(inv.courseId);
    return { ...inv, invitee: me, ...(course ? { course } : {}) };
  });
  return { me, teaching, forMe };
}

export function homeCard(ctx: Ctx): GoogleAppsScript.Card_Service.Card {
  return buildHomeCard(ctx.t, loadHome());
}

export function refreshHome(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const nav = CardService.newNavigation().popToRoot().updateCard(homeCard(ctx));
  return CardService.newActionResponseBuilder().setNavigation(nav).setStateChanged(true).build();
}
