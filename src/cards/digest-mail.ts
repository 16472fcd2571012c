// The follow-up digest in words: a plain-text email in the user's language (the ages worded as on the cards).
import { localeOf, translator } from '../i18n';
import type { Digest } from '../domain/digest';
import { ageLine, shortDate } from './follow-up';

const DAY_MS = 86_400_000;

export function composeDigest(locale: string, digest: Digest, courseNames: ReadonlyMap<string, string>) {
  const t = translator(localeOf(locale));
  const name = (id: string) => courseNames.get(id) ?? t('invitation.unknownCourse', { id });
  const who = (e: { email?: string; userId?: string }) =>
    e.email ?? digest.names[e.userId ?? ''] ?? t('digest.unnamed');
  const pending = digest.pending.reduce((n, c) => n + c.pending.length, 0);
  const lines: string[] = [t('digest.intro', { date: shortDate(t, digest.now) }), ''];
  lines.push(t('digest.pending'));
  if (digest.pending.length === 0) lines.push(t('digest.none'));
  for (const c of digest.pending) {
    lines.push('', t('digest.course', { course: name(c.courseId), count: c.pending.length }));
    for (const p of c.pending) lines.push(`- ${who(p.entry)}: ${ageLine(t, p.age, p.entry.reminders)}`);
  }
  if (digest.joined.length > 0) {
    lines.push('', t('digest.joined'));
    for (const j of digest.joined) {
      const days = Math.floor(j.afterMs / DAY_MS);
      lines.push(`- ${t('digest.joined.item', { who: who(j.entry), course: name(j.entry.courseId), days })}`);
    }
  }
  for (const key of ['reminded', 'withdrawn'] as const) {
    if (digest[key].length > 0) lines.push('', t(`digest.${key}`));
    for (const e of digest[key]) lines.push(`- ${who(e)} (${name(e.courseId)})`);
  }
  lines.push('', '--', t('digest.footer'));
  return { subject: t('digest.subject', { pending }), body: lines.join('\n') };
}
