// The Gmail contextual card: the course (the message's by default) with its class code and the reply, then the
// message's people, each once (in the user's courses, then in none), with a check box for "Invite selected" (the
// fixed footer) on those not yet in the course. Nobody is preselected: the add-on cannot tell a staff sender from a
// student, and one press must never invite someone the teacher did not pick. PEOPLE_PAGE people a card (100 widgets).
import type { Translate } from '../i18n';
import type { Course } from '../domain/types';
import type { PersonStatus } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import { PEOPLE_PAGE } from '../domain/list-pages';
import { codeRow, courseDropdown, personRow, pickField, replyButton, type MessagePerson } from './gmail-people';
import { action, addPager, buttons, footer, newCard, plain, roleSelect, section } from './ui';

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

export function buildGmailCard(t: Translate, data: GmailData) {
  const card = newCard('gmail', t('gmail.title'), t('gmail.subject', { subject: data.subject }));
  const role = data.role ?? 'STUDENT';
  const chosen = data.courses.find((c) => c.id === data.courseId);
  const open = data.people.filter((p) => p.status.kind === 'none');
  const change = () => action('onGmailCourseChange', { offset: String(data.offset) });
  const course = section('', courseDropdown(t('gmail.course'), data.courses, data.courseId, change()));
  const code = chosen && codeRow(t, chosen);
  if (code) course.addWidget(code);
  if (open.length > 0)
    course.addWidget(roleSelect(t, 'role', role, ['STUDENT', 'TEACHER']).setOnChangeAction(change()));
  // The reply gives the class code, which makes whoever uses it a student: offered only then, and only with a code.
  if (code && role === 'STUDENT') course.addWidget(buttons(replyButton(t, { picked: true, offset: data.offset })));
  card.addSection(course);

  if (data.people.length === 0) return card.addSection(section('', plain(t('gmail.nobody')))).build();
  const groups = [
    { key: 'gmail.peopleIn' as const, people: data.people.filter((p) => p.places.length > 0) },
    { key: 'gmail.peopleOut' as const, people: data.people.filter((p) => p.places.length === 0) },
  ];
  for (const group of groups.filter((g) => g.people.length > 0)) {
    const list = section(t(group.key, { count: group.people.length }));
    for (const p of group.people) {
      const index = data.offset + data.people.indexOf(p);
      list.addWidget(personRow(t, p, data.courses, p.status.kind === 'none' ? pickField(index) : undefined));
    }
    card.addSection(list);
  }
  if (data.total > data.people.length || data.offset > 0) {
    const page = { offset: data.offset, shown: data.people.length, total: data.total, step: PEOPLE_PAGE };
    const go = (offset: number) => action('onGmailCourseChange', { offset: String(offset) });
    card.addSection(addPager(t, section(''), page, go));
  }
  if (open.length > 0) {
    const invite = action('onInviteFromGmail', { courseId: data.courseId, offset: String(data.offset) });
    card.setFixedFooter(footer(t('gmail.invite'), invite));
  }
  return card.build();
}
