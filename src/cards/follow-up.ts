// The follow-up's words (an invitation's age in the user's language, Intl.RelativeTimeFormat / DateTimeFormat, and
// what became of a recorded one) for the cards and the digest mail, and the "find an invitation" results.
import type { Translate } from '../i18n';
import type { Age } from '../domain/age';
import type { LedgerEntry } from '../domain/ledger';
import type { InvitationView } from '../domain/types';
import { action, button, esc, newCard, plain, row, section } from './ui';

const DAY_MS = 86_400_000;

/** "3 Oct" / "3 oct." in the user's language; French writes the first of the month "1er" ("le 1er sept."). */
export function shortDate(t: Translate, at: number) {
  const locale = t('followup.intl');
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).formatToParts(new Date(at));
  const french = locale.toLowerCase().startsWith('fr');
  return parts.map((p) => (french && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** "sent 12 days ago by you", "sent today by ana@…", "seen since 3 Oct"; with the reminders when there were any. */
export function ageLine(t: Translate, age: Age, reminders = 0) {
  let line: string;
  if (age.kind === 'seen') line = t('followup.seen', { date: shortDate(t, age.at) });
  else {
    const when = new Intl.RelativeTimeFormat(t('followup.intl'), { numeric: 'auto' }).format(-age.days, 'day');
    line = age.by ? t('followup.sent.by', { when, by: age.by }) : t('followup.sent.me', { when });
  }
  return reminders > 0 ? `${line} · ${t('followup.reminded', { count: reminders })}` : line;
}

/** What became of a ledger entry, in words ("Joined on 3 Oct, after 4 days"). */
function statusLine(t: Translate, e: LedgerEntry) {
  const date = e.settledAt === undefined ? '' : shortDate(t, e.settledAt);
  switch (e.status) {
    case 'joined':
      return t('status.joined', { date, days: Math.floor(((e.settledAt ?? e.at) - e.at) / DAY_MS) });
    case 'declined':
    case 'withdrawn':
    case 'revoked':
      return t(`status.${e.status}`, { date });
    default:
      return t(`status.${e.status}`);
  }
}

export interface FoundInvitations {
  query: string;
  /** Pending in Classroom now (a live read), with their course when known. */
  live: readonly InvitationView[];
  /** Ledger entries matching the query, each with its course name and age. */
  recorded: readonly { entry: LedgerEntry; courseName: string; age: Age }[];
}

export function buildFindCard(t: Translate, found: FoundInvitations) {
  const card = newCard('find', t('find.results', { query: found.query }));
  const manage = (id: string) => button(t('course.manage'), action('onShowInvitation', { id, find: found.query }));
  if (found.live.length === 0 && found.recorded.length === 0) {
    return card.addSection(section('', plain(t('find.none', { query: found.query })))).build();
  }
  if (found.live.length > 0) {
    const live = section(t('find.live'));
    for (const inv of found.live.slice(0, 50)) {
      const course = inv.course?.name ?? t('invitation.unknownCourse', { id: inv.courseId });
      const who = inv.invitee.email || inv.invitee.name;
      live.addWidget(row(esc(course), { top: t(`role.${inv.role}`), bottom: who, button: manage(inv.id) }));
    }
    card.addSection(live);
  }
  if (found.recorded.length > 0) {
    const recorded = section(t('find.recorded'));
    for (const { entry, courseName, age } of found.recorded.slice(0, 50)) {
      const pending = entry.status === 'pending' || entry.status === 'intended';
      const top = `${courseName} · ${t(`role.${entry.role}`)}`;
      const bottom = pending ? ageLine(t, age, entry.reminders) : `${statusLine(t, entry)} · ${ageLine(t, age)}`;
      const open = entry.invitationId ? { button: manage(entry.invitationId) } : {};
      recorded.addWidget(row(esc(entry.email ?? t('find.someone')), { top, bottom, ...open }));
    }
    card.addSection(recorded);
  }
  return card.build();
}
