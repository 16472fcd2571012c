// Where an action leaves the user: the card stack moves (push, replace, back, to the root) with an optional
// notification, and cards that changed data mark the state changed so Back shows fresh ones.
import { buildCourseCard, type CourseData } from './course';
import { buildFindCard, type FoundInvitations } from './follow-up';
import { buildGmailCard, type GmailData } from './gmail';
import { buildPersonCard, type MessagePerson } from './gmail-people';
import { buildHomeCard, type HomeData } from './home';
import { buildConfirmCard } from './message';
import type { Translate } from '../i18n';
import type { Action, Card, Navigation } from './types';

function respondWith(nav: Navigation, notification?: string, changed = false) {
  const builder = CardService.newActionResponseBuilder().setNavigation(nav);
  if (changed) builder.setStateChanged(true);
  if (notification) builder.setNotification(CardService.newNotification().setText(notification));
  return builder.build();
}

export function push(card: Card, notification?: string) {
  return respondWith(CardService.newNavigation().pushCard(card), notification);
}

export function replace(card: Card, notification?: string) {
  return respondWith(CardService.newNavigation().updateCard(card), notification);
}

/** In place of the current card (paging, Refresh), else pushed. */
export function show(card: Card, inPlace: boolean) {
  return inPlace ? replace(card) : push(card);
}

/** The confirmation card (cards/message.ts) pushed before anything destructive. */
export function askFirst(t: Translate, title: string, body: string, confirmText: string, confirm: Action) {
  return push(buildConfirmCard(t, title, body, confirmText, confirm));
}

/** Back to the root, then show `card` above it: where a finished flow lands, whatever path led to it. */
export function restart(card: Card, notification?: string) {
  return respondWith(CardService.newNavigation().popToRoot().pushCard(card), notification, true);
}

/** One card back, showing `card` there (e.g. results → the refreshed course). */
export function backTo(card: Card, notification?: string) {
  return respondWith(CardService.newNavigation().popCard().updateCard(card), notification, true);
}

/** Back to the homepage, refreshed (e.g. after accepting or declining), optionally with a card shown above it. */
export function toHome(home: Card, notification?: string, above?: Card) {
  const nav = CardService.newNavigation().popToRoot().updateCard(home);
  return respondWith(above ? nav.pushCard(above) : nav, notification, true);
}

// Shows `above` over the current card, which is replaced by `fresh` first, so Back shows the new truth (e.g. the
// Gmail card after inviting from it).
export function pushOverFresh(fresh: Card, above: Card, notification?: string) {
  return respondWith(CardService.newNavigation().updateCard(fresh).pushCard(above), notification, true);
}

/** The cards under a change, read again (app/course-view.ts openStackAfter), as the user reached them. */
interface StackData {
  home: HomeData | null;
  gmail?: GmailData | null;
  find?: FoundInvitations;
  person?: { people: readonly MessagePerson[]; courses: GmailData['courses']; courseId: string };
  course?: CourseData;
}

// Where a change leaves the user, the whole stack read again: back to the root, read again (the homepage, or a
// Gmail message's card; neither keeps the root as it is), then the card the change was made from read again (the
// Find results, the person's card, or the course), then `above` (e.g. the invitation under its new id), so every
// Back shows the new truth.
export function courseStack(t: Translate, read: StackData, above: readonly Card[] = [], notification?: string) {
  const nav = CardService.newNavigation().popToRoot();
  const root = read.gmail ? buildGmailCard(t, read.gmail) : read.home && buildHomeCard(t, read.home);
  if (root) nav.updateCard(root);
  const person = read.person?.people[0];
  if (read.find) nav.pushCard(buildFindCard(t, read.find));
  else if (read.person && person) nav.pushCard(buildPersonCard(t, person, read.person.courses, read.person.courseId));
  else if (read.course) nav.pushCard(buildCourseCard(t, read.course));
  for (const card of above) nav.pushCard(card);
  return respondWith(nav, notification, true);
}

/** One card back. */
export function back() {
  return respondWith(CardService.newNavigation().popCard());
}
