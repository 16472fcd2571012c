// The Gmail contextual card: the course (the one the message is about by default) with its class code and the
// reply, then the message's people in one list, each once: those in the user's courses, then those in none, the
// name on one line with where they stand, the email below. Anyone not yet in the chosen course has a check box for
// "Invite selected" (the fixed footer, always in reach); everyone opens their own card (gmail-people.ts). Nobody is
// preselected: the add-on cannot tell a staff sender (an admin sending a roster, a colleague) from a student, and
// one press must never invite someone the teacher did not pick. People outside the user's school are marked
// before sending. PEOPLE_PAGE people a card, Previous/Next past that: within Google's 100 widgets at any number.
import type { Translate } from '../i18n';
import type { Course } from '../domain/types';
import type { PersonStatus } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import { PEOPLE_PAGE } from '../domain/list-pages';

export type { PersonStatus };
import { action } from './action';
import { classCodeWidget, personRow, pickField, replyWithCodeButton, type MessagePerson } from './gmail-people';
import { addPager, button, buttons, esc, header, paragraph, roleSelect } from './ui';

/** Google's card reference, SelectionInput.items: at most 100 items per selection input. */
export const MAX_ITEMS = 100;

export interface GmailData {
  subject: string;
  courses: readonly Course[];
  courseId: string;
  people: readonly (MessagePerson & { status: PersonStatus })[];
  /** Index of the first person shown among the message's people, and how many it has (the card pages them). */
  offset: number;
  total: number;
  /** The role chosen in the form (the reply is offered for students only: a class code makes a student). */
  role?: Role;
}

/** The course dropdown: at most 100 courses, the chosen one always among them; a change reads the card again. */
function courseInput(t: Translate, data: GmailData): GoogleAppsScript.Card_Service.SelectionInput {
  const input = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('courseId')
    .setTitle(t('gmail.course'))
    .setOnChangeAction(action('onGmailCourseChange', { offset: String(data.offset) }));
  const chosen = data.courses.find((c) => c.id === data.courseId);
  const others = data.courses.filter((c) => c.id !== data.courseId);
  const shown = [...(chosen ? [chosen] : []), ...others].slice(0, MAX_ITEMS);
  for (const c of data.courses.filter((x) => shown.includes(x)))
    input.addItem(c.section ? `${c.name} · ${c.section}` : c.name, c.id, c.id === data.courseId);
  return input;
}

export function buildGmailCard(t: Translate, data: GmailData): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('gmail')
    .setHeader(header(t('gmail.title'), t('gmail.subject', { subject: data.subject })));
  const role = data.role ?? 'STUDENT';
  const chosen = data.courses.find((c) => c.id === data.courseId);
  const open = data.people.filter((p) => p.status.kind === 'none');
  const course = CardService.newCardSection().addWidget(courseInput(t, data));
  const code = chosen && classCodeWidget(t, chosen);
  if (code) course.addWidget(code);
  if (open.length > 0) {
    course.addWidget(
      roleSelect(t, 'role', role, ['STUDENT', 'TEACHER']).setOnChangeAction(
        action('onGmailCourseChange', { offset: String(data.offset) }),
      ),
    );
  }
  // The reply gives the class code, which makes whoever uses it a student: offered only then, and only with a code.
  if (code && role === 'STUDENT') {
    course.addWidget(buttons(replyWithCodeButton(t, { picked: true, offset: data.offset })));
  }
  card.addSection(course);

  if (data.people.length === 0) {
    return card.addSection(CardService.newCardSection().addWidget(paragraph(esc(t('gmail.nobody'))))).build();
  }
  const groups = [
    { key: 'gmail.peopleIn' as const, people: data.people.filter((p) => p.places.length > 0) },
    { key: 'gmail.peopleOut' as const, people: data.people.filter((p) => p.places.length === 0) },
  ];
  for (const group of groups) {
    if (group.people.length === 0) continue;
    const section = CardService.newCardSection().setHeader(t(group.key, { count: group.people.length }));
    for (const p of group.people) {
      const index = data.offset + data.people.indexOf(p);
      section.addWidget(personRow(t, p, data.courses, p.status.kind === 'none' ? pickField(index) : undefined));
    }
    card.addSection(section);
  }
  if (data.total > data.people.length || data.offset > 0) {
    const page = { offset: data.offset, shown: data.people.length, total: data.total, step: PEOPLE_PAGE };
    const go = (offset: number) => action('onGmailCourseChange', { offset: String(offset) });
    card.addSection(addPager(t, CardService.newCardSection(), page, go));
  }
  if (open.length > 0) {
    card.setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(
          t('gmail.invite'),
          action('onInviteFromGmail', { courseId: data.courseId, offset: String(data.offset) }),
          true,
        ),
      ),
    );
  }
  return card.build();
}
