// The "reply with the class code" draft a teacher sends to someone who asked how to join. The texts live here, not
// in i18n/: they are one message for the recipient (whose language the teacher picks), not add-on chrome, and the
// HTML body needs each piece escaped separately, which one interpolated catalog string cannot give.
import type { Locale } from '../i18n';
import type { Course } from './types';

type ClassCodeCourse = Pick<Course, 'name' | 'section' | 'enrollmentCode' | 'link'>;

const CLASSROOM_HOME = 'https://classroom.google.com';

const EN = {
  subject: (course: string) => `Join ${course} on Google Classroom`,
  greeting: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
  intro: (course: string) => `Here is how to join ${course} on Google Classroom.`,
  codeLabel: 'Class code:',
  linkLabel: 'Link:',
  viaLink: 'Open the link, signed in with your school account, and click Join.',
  viaCode: `Or go to ${CLASSROOM_HOME}, click + then Join class, and enter the class code.`,
  viaCodeOnly: `Go to ${CLASSROOM_HOME}, signed in with your school account, click + then Join class, and enter the class code.`,
};

const TEXTS: Record<Locale, typeof EN> = {
  en: EN,
  fr: {
    subject: (course) => `Rejoignez ${course} sur Google Classroom`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: (course) => `Voici comment rejoindre le cours ${course} sur Google Classroom.`,
    codeLabel: 'Code du cours\u00a0:',
    linkLabel: 'Lien\u00a0:',
    viaLink: 'Ouvrez le lien en vous connectant avec votre compte scolaire, puis cliquez sur Rejoindre.',
    viaCode: `Ou allez sur ${CLASSROOM_HOME}, cliquez sur + puis sur Rejoindre un cours, et saisissez le code du cours.`,
    viaCodeOnly: `Allez sur ${CLASSROOM_HOME} en vous connectant avec votre compte scolaire, cliquez sur + puis sur Rejoindre un cours, et saisissez le code du cours.`,
  },
};

// The course link that opens the join prompt with the code filled in: alternateLink + `?cjc=<code>`. UNDOCUMENTED:
// Google's references we could search say nothing of `cjc`; it is the form of the class invite links teachers share
// publicly (https://classroom.google.com/c/<encoded id>?cjc=<code>), which public code builds from alternateLink the
// same way. The code is in the text too, so the draft still works if the parameter is ignored. Only a
// classroom.google.com link is used, so a draft never carries another address.
export function joinLink(course: Pick<ClassCodeCourse, 'enrollmentCode' | 'link'>): string | undefined {
  const code = course.enrollmentCode?.trim();
  if (!code || !course.link.startsWith(`${CLASSROOM_HOME}/`)) return undefined;
  return `${course.link}${course.link.includes('?') ? '&' : '?'}cjc=${encodeURIComponent(code)}`;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The draft, or undefined when the course has no class code to give (the caller then offers no such reply). */
export function classCodeDraft(course: ClassCodeCourse, locale: Locale, recipientName?: string) {
  const code = course.enrollmentCode?.trim();
  if (!code) return undefined;
  const t = TEXTS[locale];
  const title = course.section.trim() ? `${course.name} (${course.section.trim()})` : course.name;
  const name = recipientName?.trim() || undefined;
  const link = joinLink(course);
  const how = link ? [t.viaLink, t.viaCode] : [t.viaCodeOnly];

  const body = [
    t.greeting(name),
    '',
    t.intro(title),
    '',
    `${t.codeLabel} ${code}`,
    ...(link ? [`${t.linkLabel} ${link}`] : []),
    '',
    ...how,
    '',
  ].join('\n');

  const htmlBody = [
    `<p>${escapeHtml(t.greeting(name))}</p>`,
    `<p>${escapeHtml(t.intro(title))}</p>`,
    `<p>${escapeHtml(t.codeLabel)} <b>${escapeHtml(code)}</b>`,
    ...(link ? [`<br>${escapeHtml(t.linkLabel)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`] : []),
    '</p>',
    `<p>${how.map(escapeHtml).join('<br>')}</p>`,
  ].join('');

  return { subject: t.subject(course.name), body, htmlBody };
}
