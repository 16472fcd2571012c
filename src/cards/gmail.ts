// The Gmail contextual card: the message's people with their status in the chosen course; pick, choose a role, invite.
import type { Translate } from '../i18n';
import type { Course } from '../domain/types';
import type { PersonStatus } from '../domain/outcomes';

export type { PersonStatus };
import { action } from './action';
import { button, buttons, esc, header, paragraph, roleSelect } from './ui';

export interface GmailData {
  subject: string;
  courses: readonly Course[];
  courseId: string;
  people: readonly { email: string; name?: string; status: PersonStatus }[];
}

function statusText(t: Translate, s: PersonStatus): string {
  if (s.kind === 'alreadyMember') return t('gmail.status.member');
  if (s.kind === 'alreadyInvited') return t('gmail.status.invited', { role: t(`role.${s.role}`) });
  return t('gmail.status.none');
}

export function buildGmailCard(t: Translate, data: GmailData): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('gmail')
    .setHeader(header(t('gmail.title'), t('gmail.subject', { subject: data.subject })));
  const courseInput = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('courseId')
    .setTitle(t('gmail.course'))
    .setOnChangeAction(action('onGmailCourseChange'));
  for (const c of data.courses)
    courseInput.addItem(c.section ? `${c.name} · ${c.section}` : c.name, c.id, c.id === data.courseId);
  const section = CardService.newCardSection().addWidget(courseInput);
  if (data.people.length === 0) section.addWidget(paragraph(esc(t('gmail.nobody'))));
  else {
    const people = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.CHECK_BOX)
      .setFieldName('people')
      .setTitle(t('gmail.people'));
    // Selection items are plain text: no escaping needed (nor applied) there.
    for (const p of data.people.slice(0, 100)) {
      const who = p.name ? `${p.name} <${p.email}>` : p.email;
      people.addItem(`${who} (${statusText(t, p.status)})`, p.email, p.status.kind === 'none');
    }
    section
      .addWidget(people)
      .addWidget(roleSelect(t, 'role', 'STUDENT'))
      .addWidget(buttons(button(t('gmail.invite'), action('onInviteFromGmail', { courseId: data.courseId }), true)));
  }
  return card.addSection(section).build();
}
