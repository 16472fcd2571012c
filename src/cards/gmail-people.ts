// The Gmail card's people (one row each: the name with where they stand across the user's courses, the email below)
// and the per-person card (resend or withdraw, invite to a course, its class code, a reply with it). "Reply with the
// class code" is a compose action (Gmail opens the draft to edit and send), offered only where the draft can be built
// (the course has a code) and to whoever would join as a student (the code makes a student, never a teacher).
import type { Place } from '../domain/standing';
import type { Course } from '../domain/types';
import { roleInText, type Translate } from '../i18n';
import { courseTitle } from './course';
import { ageLine } from './follow-up';
import type { Action } from './types';
import { action, button, buttons, esc, newCard, plain, roleSelect, row, section, selection, textButton } from './ui';

/** A person of the message and where they stand (app/gmail-context.ts builds it). */
export interface MessagePerson {
  email: string;
  name?: string;
  outside: boolean;
  places: readonly Place[];
  unknown: boolean;
  failed: boolean;
  /** Sent the message. */
  sender?: boolean;
}

/** Places named on a line before "+N more courses": the line stays one or two rows. */
const PLACES_SHOWN = 3;

/** The check box of the person at `index` among the message's people (each switch has its own field). */
export function pickField(index: number) {
  return `pick${index}`;
}

function placeText(t: Translate, p: Place, names: ReadonlyMap<string, string>) {
  const course = names.get(p.courseId) ?? p.courseId;
  if (p.kind === 'member') return t(`gmail.place.member.${p.as}`, { course });
  const line = t('gmail.place.invited', { course, role: roleInText(t, p.role) });
  return p.age ? `${line}, ${ageLine(t, p.age)}` : line;
}

/** "student in Math 7 · invited to Biology as student, sent 12 days ago by you", or "in none of your courses". */
function standingLine(t: Translate, person: MessagePerson, courses: readonly Course[]) {
  const names = new Map(courses.map((c) => [c.id, c.name]));
  const parts: string[] = [];
  if (person.failed) parts.push(t('gmail.place.failed'));
  else if (person.places.length === 0) parts.push(t(person.unknown ? 'gmail.place.unknown' : 'gmail.place.none'));
  else {
    parts.push(...person.places.slice(0, PLACES_SHOWN).map((p) => placeText(t, p, names)));
    const more = person.places.length - PLACES_SHOWN;
    if (more > 0) parts.push(t('gmail.place.more', { count: more }));
  }
  if (person.outside) parts.push(t('gmail.outside'));
  return parts.join(' · ');
}

// The name (else the part before the @: a whole address breaks mid-domain at the panel's width, and it is on the
// line below) and "(sender)": any display name, shown as typed (escaped: it may hold markup).
function nameOf(t: Translate, p: MessagePerson) {
  const name = p.name && p.name !== p.email ? p.name : p.email.slice(0, p.email.lastIndexOf('@'));
  return p.sender ? `${name} ${t('gmail.sender')}` : name;
}

// The compose button: the class code of the course chosen in `courseId`, to the people ticked (`picked`), to one
// `person`, or to the sender; a reply in the thread when it goes to the sender, else a new draft (platform/gmail.ts).
export function replyButton(t: Translate, to: { picked: true; offset: number } | { person: string; sender: boolean }) {
  const toSender = 'person' in to && to.sender;
  return CardService.newTextButton()
    .setText(t('gmail.replyCode'))
    .setComposeAction(
      action('onReplyWithClassCode', 'person' in to ? { person: to.person } : { offset: String(to.offset) }),
      toSender ? CardService.ComposedEmailType.REPLY_AS_DRAFT : CardService.ComposedEmailType.STANDALONE_DRAFT,
    );
}

/** "Class code · Algebra I" over the code, selectable: the code always named with its course. */
export function codeRow(t: Translate, course: Course) {
  const code = course.enrollmentCode?.trim();
  return code ? row(esc(code), { top: t('gmail.codeOf', { course: course.name }) }) : null;
}

/** One person: name and standing, the email below; a check box to pick them (`pick`), else an Actions button. */
export function personRow(t: Translate, p: MessagePerson, courses: readonly Course[], pick?: string) {
  const open = action('onShowGmailPerson', { email: p.email });
  const html = `${esc(nameOf(t, p))}<br><font color="#5f6368">${esc(standingLine(t, p, courses))}</font>`;
  if (!pick) return row(html, { onClick: open, bottom: p.email, button: textButton(t('gmail.actions'), open) });
  const box = CardService.newSwitch()
    .setFieldName(pick)
    .setValue(p.email)
    .setSelected(false)
    .setControlType(CardService.SwitchControlType.CHECK_BOX);
  return row(html, { onClick: open, bottom: p.email }).setSwitchControl(box);
}

// The course dropdown: at most 100 courses (Google: a selection input holds 100 items), the chosen one always among
// them, in their order; a change reads the card again.
export function courseDropdown(title: string, courses: readonly Course[], courseId: string, onChange: Action) {
  const input = selection('courseId', title).setOnChangeAction(onChange);
  const chosen = courses.filter((c) => c.id === courseId);
  const shown = new Set([...chosen, ...courses.filter((c) => c.id !== courseId)].slice(0, 100));
  for (const c of courses) if (shown.has(c)) input.addItem(courseTitle(c), c.id, c.id === courseId);
  return input;
}

/** One person: their pending invitations (resend, withdraw), then a course to invite to, its class code, the reply. */
export function buildPersonCard(t: Translate, person: MessagePerson, courses: readonly Course[], courseId: string) {
  const names = new Map(courses.map((c) => [c.id, c.name]));
  const email = person.email;
  const card = newCard('gmailPerson', person.name ?? email, person.name ? email : undefined);
  card.addSection(section('', plain(standingLine(t, person, courses))));
  const pending = person.places.filter((p): p is Extract<Place, { kind: 'invited' }> => p.kind === 'invited');
  if (pending.length > 0) {
    const invited = section(t('course.pending', { count: pending.length }));
    for (const p of pending) {
      const via = { id: p.invitationId, person: email };
      const resend = textButton(t('resend.confirm'), action('onResendInvitation', via));
      const withdraw = textButton(t('gmail.person.withdraw'), action('onRevokeInvitation', via));
      invited
        .addWidget(row(esc(names.get(p.courseId) ?? p.courseId), { bottom: placeText(t, p, names) }))
        .addWidget(buttons(resend, withdraw));
    }
    card.addSection(invited);
  }
  const chosen = courses.find((c) => c.id === courseId);
  const here = person.places.find((p) => p.courseId === courseId);
  // Invite only someone not yet there; the code joins as a student: for someone not there, or invited as one.
  const asStudent = !here || (here.kind === 'invited' && here.role === 'STUDENT');
  const code = chosen && codeRow(t, chosen);
  const actions = here ? [] : [button(t('gmail.person.invite'), action('onInviteFromGmail', { email }))];
  if (code && asStudent) actions.push(replyButton(t, { person: email, sender: !!person.sender }));
  const change = action('onShowGmailPerson', { email, update: '1' });
  const invite = section(
    '',
    courseDropdown(t('gmail.course'), courses, courseId, change),
    roleSelect(t, 'role', 'STUDENT', ['STUDENT', 'TEACHER']),
  );
  if (code) invite.addWidget(code);
  card.addSection(actions.length > 0 ? invite.addWidget(buttons(...actions)) : invite);
  return card.build();
}
