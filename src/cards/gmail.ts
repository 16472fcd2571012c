// The Gmail contextual card: first one line per person across all courses (cards/gmail-people.ts), then the
// course for "Reply with the class code" and "invite several": the message's people in three groups for the chosen course (not invited, invited, in
// the course), one compact line each; the not-invited ones can be picked and invited with the button in the fixed
// footer, always in reach. Nobody is preselected: the add-on cannot tell a staff sender (an admin sending a roster,
// a colleague) from a student, and one press must never invite someone the teacher did not pick. People outside
// the user's school are marked before sending: Classroom may refuse their domain, and only it knows which ones.
import type { Translate } from '../i18n';
import type { Course } from '../domain/types';
import type { PersonStatus } from '../domain/outcomes';

export type { PersonStatus };
import { action } from './action';
import { peopleSection, replyWithCodeButton, type MessagePerson } from './gmail-people';
import { button, buttons, esc, header, paragraph, roleSelect } from './ui';

/** Google's card reference, SelectionInput.items: at most 100 items per selection input. */
export const MAX_ITEMS = 100;

export interface GmailPerson {
  email: string;
  name?: string;
  status: PersonStatus;
  /** Not at the user's domain. */
  outside?: boolean;
  /** Sent the message (often an admin or a colleague). */
  sender?: boolean;
}

export interface GmailData {
  subject: string;
  courses: readonly Course[];
  courseId: string;
  people: readonly (GmailPerson & Partial<MessagePerson>)[];
  /** People left out of the lines (the card's limits). */
  more?: number;
}

function who(t: Translate, p: GmailPerson): string {
  const line = p.name && p.name !== p.email ? `${p.name} · ${p.email}` : p.email;
  return p.sender ? `${line} ${t('gmail.sender')}` : line;
}

/**
 * A check box's label: the name, else the part before the @. A whole address breaks mid-domain in the narrow
 * panel; it is on the person's line in the section above.
 */
function shortLabel(t: Translate, p: GmailPerson): string {
  const name = p.name && p.name !== p.email ? p.name : p.email.slice(0, p.email.lastIndexOf('@'));
  const label = p.sender ? `${name} ${t('gmail.sender')}` : name;
  return p.outside ? `${label} — ${t('gmail.outside')}` : label;
}

/** The course dropdown: at most 100 courses, the chosen one always among them. */
function courseInput(t: Translate, data: GmailData): GoogleAppsScript.Card_Service.SelectionInput {
  const input = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('courseId')
    .setTitle(t('gmail.course'))
    .setOnChangeAction(action('onGmailCourseChange'));
  const chosen = data.courses.find((c) => c.id === data.courseId);
  const others = data.courses.filter((c) => c.id !== data.courseId);
  const shown = [...(chosen ? [chosen] : []), ...others].slice(0, MAX_ITEMS);
  for (const c of data.courses.filter((x) => shown.includes(x)))
    input.addItem(c.section ? `${c.name} · ${c.section}` : c.name, c.id, c.id === data.courseId);
  return input;
}

/** One line per person, user text escaped (a paragraph renders HTML); the section header says where they stand. */
function lines(t: Translate, people: readonly GmailPerson[]): string {
  return people.map((p) => esc(who(t, p))).join('<br>');
}

export function buildGmailCard(t: Translate, data: GmailData): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('gmail')
    .setHeader(header(t('gmail.title'), t('gmail.subject', { subject: data.subject })));
  const lined = data.people.filter((p): p is GmailPerson & MessagePerson => p.places !== undefined);
  if (lined.length > 0) card.addSection(peopleSection(t, lined, data.courses, data.more ?? 0));
  // The course for the reply and for "invite several": the reply button reads it from the form.
  card.addSection(
    CardService.newCardSection()
      .setHeader(t('gmail.several'))
      .addWidget(courseInput(t, data))
      .addWidget(buttons(replyWithCodeButton(t))),
  );
  if (data.people.length === 0) {
    return card.addSection(CardService.newCardSection().addWidget(paragraph(esc(t('gmail.nobody'))))).build();
  }
  const open = data.people.filter((p) => p.status.kind === 'none');
  const invited = data.people.filter((p) => p.status.kind === 'alreadyInvited');
  const members = data.people.filter((p) => p.status.kind === 'alreadyMember');
  if (open.length > 0) {
    const people = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.CHECK_BOX)
      .setFieldName('people');
    // Selection items are plain text: no escaping needed (nor applied) there. Nobody is preselected (see above).
    for (const p of open.slice(0, MAX_ITEMS)) {
      people.addItem(shortLabel(t, p), p.email, false);
    }
    const section = CardService.newCardSection()
      .setHeader(t('gmail.group.none', { count: open.length }))
      .addWidget(people)
      .addWidget(roleSelect(t, 'role', 'STUDENT'));
    if (open.length > MAX_ITEMS) {
      section.addWidget(paragraph(esc(t('gmail.tooMany', { count: open.length - MAX_ITEMS }))));
    }
    card.addSection(section);
  }
  if (invited.length > 0) {
    card.addSection(
      CardService.newCardSection()
        .setHeader(t('gmail.group.invited', { count: invited.length }))
        .addWidget(paragraph(lines(t, invited))),
    );
  }
  if (members.length > 0) {
    card.addSection(
      CardService.newCardSection()
        .setHeader(t('gmail.group.member', { count: members.length }))
        .addWidget(paragraph(lines(t, members))),
    );
  }
  if (open.length > 0) {
    card.setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(t('gmail.invite'), action('onInviteFromGmail', { courseId: data.courseId }), true),
      ),
    );
  }
  return card.build();
}
