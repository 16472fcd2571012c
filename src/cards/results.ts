// What happened to each address of an invite, in groups: not invited (titled by the reason, a warning sign, every
// address under it), not addresses (by reason, with the likely address), invited, already invited, already in the
// course. Every group whole and copyable; every echo of typed text cut to a readable length.
import { roleInText, type Translate } from '../i18n';
import { describe } from '../i18n/errors';
import { shorten } from '../domain/addresses';
import { AppError } from '../domain/errors';
import type { InviteOutcome, InviteStatus } from '../domain/outcomes';
import { groupSection, invalidLine, SHOWN_CHARS, type Group } from './lists';
import type { IconImage } from './types';
import { action, button, esc, footer, icon, material, newCard, plain, row, section } from './ui';

/** A failure's reason as a title: naming the address when it is alone, "each address below" otherwise. */
function failureTitle(t: Translate, group: readonly InviteOutcome[]) {
  const first = group[0] as InviteOutcome;
  if (!(first.error instanceof AppError)) return t('invite.result.notSent');
  const { code, key, params, api } = first.error.cause;
  if (group.length === 1) {
    return describe(t, new AppError(code, key, { ...params, email: shorten(first.email, SHOWN_CHARS) }, api));
  }
  const text = describe(t, new AppError(code, key, { ...params, email: t('invite.results.eachAddress') }, api));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function failureKey(o: InviteOutcome) {
  const cause = o.error instanceof AppError ? o.error.cause : undefined;
  return cause ? `${cause.key} ${cause.api?.status ?? ''} ${cause.api?.reason ?? ''}` : 'notSent';
}

function groups(t: Translate, outcomes: readonly InviteOutcome[]) {
  const { EMAIL, CLOCK, PERSON } = CardService.Icon;
  // The outcomes of `status` with the same words (`keyOf`), in order of first appearance.
  const of = (status: InviteStatus, keyOf: (o: InviteOutcome) => string = (o) => o.role ?? '') => {
    const groups = new Map<string, InviteOutcome[]>();
    for (const o of outcomes.filter((x) => x.status === status))
      groups.set(keyOf(o), [...(groups.get(keyOf(o)) ?? []), o]);
    return [...groups.values()];
  };
  const group = (words: string, g: readonly InviteOutcome[], mark: IconImage, bad = false): Group => ({
    title: t('invite.results.group', { title: words, count: g.length }),
    single: words,
    bad,
    lines: g.map((o) => o.email),
    icon: mark,
  });
  const role = (o: InviteOutcome | undefined) => (o?.role ? roleInText(t, o.role) : '');
  return [
    ...of('failed', failureKey).map((g) => group(failureTitle(t, g), g, material('warning'), true)),
    ...of('invalid', (o) => o.problem?.reason ?? '').map((g) => {
      const reason = g[0]?.problem?.reason;
      const words = reason ? t(`invalid.${reason}`) : t('invite.result.invalid');
      const suggestion = g[0]?.problem?.suggestion;
      return {
        ...group(words, g, material('warning'), true),
        single: suggestion
          ? `${words} (${t('invalid.suggestion', { suggestion: shorten(suggestion, SHOWN_CHARS) })})`
          : words,
        lines: g.map((o) => (o.problem ? invalidLine(t, o.problem) : o.email)),
        copy: g.map((o) => o.email),
      };
    }),
    ...of('invited').map((g) => group(t('invite.result.invited', { role: role(g[0]) }), g, icon(EMAIL))),
    ...of('alreadyInvited').map((g) => {
      const words = g[0]?.role
        ? t('invite.result.alreadyInvitedAs', { role: role(g[0]) })
        : t('invite.result.alreadyInvited');
      return group(words, g, icon(CLOCK));
    }),
    ...of('alreadyMember', () => '').map((g) => group(t('invite.result.alreadyMember'), g, icon(PERSON))),
  ];
}

export function buildResultsCard(
  t: Translate,
  courseId: string,
  courseName: string,
  outcomes: readonly InviteOutcome[],
  cleaned = 0,
) {
  const count = (...s: InviteStatus[]) => outcomes.filter((o) => s.includes(o.status)).length;
  const summary = {
    invited: count('invited'),
    alreadyInvited: count('alreadyInvited'),
    alreadyMember: count('alreadyMember'),
    failed: count('invalid', 'failed'),
  };
  const notes = [t('invite.results.summary', summary)];
  if (cleaned > 0) notes.push(t('invalid.cleaned', { count: cleaned }));
  const card = newCard('results', t('invite.results'), courseName).addSection(section('', plain(...notes)));
  for (const group of groups(t, outcomes)) card.addSection(groupSection(t, group));
  // An owner invitation refused because the person does not co-teach yet (IneligibleOwner): "Start a transfer"
  // opens the wizard's start card prefilled, per person; whoever may not transfer the course is told so there.
  const refused = outcomes.filter((o) => o.error?.cause.api?.reason === 'IneligibleOwner').slice(0, 20);
  if (refused.length > 0) {
    const offers = section('');
    for (const { email } of refused) {
      const offer = button(t('transfer.fromRefusal'), action('onShowTransferStart', { courseId, email }));
      offers.addWidget(row(esc(shorten(email, SHOWN_CHARS)), { button: offer, wrap: false }));
    }
    card.addSection(offers);
  }
  const back = action('onOpenCourse', { courseId, replace: 'back' });
  return card.setFixedFooter(footer(t('invite.backToCourse'), back)).build();
}
