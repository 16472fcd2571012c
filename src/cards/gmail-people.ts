// The Gmail card's people: one compact line each (name, then where they stand across every course the user
// teaches) with an Actions button, and the per-person card (resend or withdraw a pending invitation, invite to a
// course with a role, the class code, a reply with it). "Reply with the class code" is a compose action: the add-on
// builds a draft, Gmail opens it for the user to edit and send.
import type { Place } from '../domain/standing';
import type { Course } from '../domain/types';
import { roleInText, type Translate } from '../i18n';
import { action } from './action';
import { ageLine, classCodeSection } from './follow-up';
import { button, buttons, esc, header, paragraph, roleSelect, textButton } from './ui';

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

function placeText(t: Translate, p: Place, names: ReadonlyMap<string, string>): string {
  const course = names.get(p.courseId) ?? p.courseId;
  if (p.kind === 'member') return t(`gmail.place.member.${p.as}`, { course });
  const line = t('gmail.place.invited', { course, role: roleInText(t, p.role) });
  return p.age ? `${line}, ${ageLine(t, p.age)}` : line;
}

/** "student in Math 7 · invited to Biology as student, sent 12 days ago by you", or "in none of your courses". */
export function standingLine(t: Translate, person: MessagePerson, courses: readonly Course[]): string {
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

function nameOf(t: Translate, p: MessagePerson): string {
  const name = p.name && p.name !== p.email ? `${p.name} <${p.email}>` : p.email;
  return p.sender ? `${name} ${t('gmail.sender')}` : name;
}

/** The compose button: replies to the open message with the class code of the course chosen in `courseId`. */
export function replyWithCodeButton(t: Translate, courseId?: string): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton()
    .setText(t('gmail.replyCode'))
    .setComposeAction(
      action('onReplyWithClassCode', courseId ? { courseId } : {}),
      CardService.ComposedEmailType.REPLY_AS_DRAFT,
    );
}

/** One section: a line per person with their Actions button. */
export function peopleSection(
  t: Translate,
  people: readonly MessagePerson[],
  courses: readonly Course[],
  more: number,
): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('gmail.peopleTitle', { count: people.length + more }));
  for (const p of people) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(esc(nameOf(t, p)))
        .setBottomLabel(standingLine(t, p, courses))
        .setWrapText(true)
        .setButton(textButton(t('gmail.actions'), action('onShowGmailPerson', { email: p.email }))),
    );
  }
  if (more > 0) section.addWidget(paragraph(esc(t('gmail.morePeople', { count: more }))));
  return section;
}

function courseDropdown(t: Translate, courses: readonly Course[], courseId: string, email: string) {
  const input = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('courseId')
    .setTitle(t('gmail.person.course'))
    .setOnChangeAction(action('onShowGmailPerson', { email, update: '1' }));
  for (const c of courses.slice(0, 100))
    input.addItem(c.section ? `${c.name} · ${c.section}` : c.name, c.id, c.id === courseId);
  return input;
}

/** One person: their pending invitations (resend, withdraw), then a course to invite to, its class code, the reply. */
export function buildPersonCard(
  t: Translate,
  person: MessagePerson,
  courses: readonly Course[],
  courseId: string,
): GoogleAppsScript.Card_Service.Card {
  const names = new Map(courses.map((c) => [c.id, c.name]));
  const card = CardService.newCardBuilder()
    .setName('gmailPerson')
    .setHeader(header(person.name ?? person.email, person.name ? person.email : undefined))
    .addSection(CardService.newCardSection().addWidget(paragraph(esc(standingLine(t, person, courses)))));
  const pending = person.places.filter((p): p is Extract<Place, { kind: 'invited' }> => p.kind === 'invited');
  if (pending.length > 0) {
    const section = CardService.newCardSection().setHeader(t('gmail.person.pending', { count: pending.length }));
    for (const p of pending) {
      section
        .addWidget(
          CardService.newDecoratedText()
            .setText(esc(names.get(p.courseId) ?? p.courseId))
            .setBottomLabel(placeText(t, p, names))
            .setWrapText(true),
        )
        .addWidget(
          buttons(
            textButton(t('gmail.person.resend'), action('onResendInvitation', { id: p.invitationId })),
            textButton(
              t('gmail.person.withdraw'),
              action('onRevokeInvitation', { id: p.invitationId, person: person.email }),
            ),
          ),
        );
    }
    card.addSection(section);
  }
  card.addSection(
    CardService.newCardSection()
      .addWidget(courseDropdown(t, courses, courseId, person.email))
      .addWidget(roleSelect(t, 'role', 'STUDENT'))
      .addWidget(
        buttons(
          button(t('gmail.person.invite'), action('onInviteFromGmail', { email: person.email })),
          replyWithCodeButton(t),
        ),
      ),
  );
  const chosen = courses.find((c) => c.id === courseId);
  const code = chosen ? classCodeSection(t, chosen) : null;
  if (code) card.addSection(code);
  return card.build();
}
