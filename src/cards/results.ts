// What happened to each address of an invite, in groups: not invited (titled by the reason, a warning sign, every
// address under it), not addresses (by reason, with the likely address), invited, already invited, already in the
// course. Every group whole and copyable; every echo of typed text cut to a readable length.
import { roleInText, type Translate } from '../i18n';
import { describe } from '../i18n/errors';
import { shorten } from '../domain/addresses';
import { AppError } from '../domain/errors';
import type { InviteOutcome, InviteStatus } from '../domain/outcomes';
import { action } from './action';
import { groupSection, invalidLine, knownIcon, SHOWN_CHARS, warningIcon, type Group } from './lists';
import { ineligibleOwnerOffer } from './transfer';
import type { Card } from './types';
import { button, esc, header, paragraph } from './ui';

export type { InviteOutcome, InviteStatus };

export function summarize(outcomes: readonly InviteOutcome[]): {
  invited: number;
  alreadyInvited: number;
  alreadyMember: number;
  failed: number;
} {
  const count = (...s: InviteStatus[]) => outcomes.filter((o) => s.includes(o.status)).length;
  return {
    invited: count('invited'),
    alreadyInvited: count('alreadyInvited'),
    alreadyMember: count('alreadyMember'),
    failed: count('invalid', 'failed'),
  };
}

/** Outcomes with the same words, in order of first appearance. */
function grouped(outcomes: readonly InviteOutcome[], keyOf: (o: InviteOutcome) => string): InviteOutcome[][] {
  const groups = new Map<string, InviteOutcome[]>();
  for (const o of outcomes) groups.set(keyOf(o), [...(groups.get(keyOf(o)) ?? []), o]);
  return [...groups.values()];
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A failure's reason as a title: naming the address when it is alone, "each address below" otherwise. */
function failureTitle(t: Translate, group: readonly InviteOutcome[]): string {
  const first = group[0] as InviteOutcome;
  if (!(first.error instanceof AppError)) return t('invite.result.notSent');
  const { code, key, params, api } = first.error.cause;
  if (group.length === 1) {
    return describe(t, new AppError(code, key, { ...params, email: shorten(first.email, SHOWN_CHARS) }, api));
  }
  return capitalized(describe(t, new AppError(code, key, { ...params, email: t('invite.results.eachAddress') }, api)));
}

function failureKey(o: InviteOutcome): string {
  const cause = o.error instanceof AppError ? o.error.cause : undefined;
  return cause ? `${cause.key} ${cause.api?.status ?? ''} ${cause.api?.reason ?? ''}` : 'notSent';
}

function groups(t: Translate, outcomes: readonly InviteOutcome[]): Group[] {
  const { EMAIL, CLOCK, PERSON } = CardService.Icon;
  const of = (status: InviteStatus) => outcomes.filter((o) => o.status === status);
  const titled = (title: string, n: number) => t('invite.results.group', { title, count: n });
  const emails = (g: readonly InviteOutcome[]) => g.map((o) => o.email);
  const role = (o: InviteOutcome | undefined) => (o?.role ? roleInText(t, o.role) : '');
  return [
    ...grouped(of('failed'), failureKey).map((g) => ({
      title: titled(failureTitle(t, g), g.length),
      single: failureTitle(t, g),
      bad: true,
      lines: emails(g),
      icon: warningIcon(),
    })),
    ...grouped(of('invalid'), (o) => o.problem?.reason ?? '').map((g) => {
      const reason = g[0]?.problem?.reason;
      const words = reason ? t(`invalid.${reason}`) : t('invite.result.invalid');
      const suggestion = g[0]?.problem?.suggestion;
      return {
        title: titled(words, g.length),
        single: suggestion
          ? `${words} (${t('invalid.suggestion', { suggestion: shorten(suggestion, SHOWN_CHARS) })})`
          : words,
        bad: true,
        lines: g.map((o) => (o.problem ? invalidLine(t, o.problem) : o.email)),
        copy: emails(g),
        icon: warningIcon(),
      };
    }),
    ...grouped(of('invited'), (o) => o.role ?? '').map((g) => ({
      title: titled(t('invite.result.invited', { role: role(g[0]) }), g.length),
      single: t('invite.result.invited', { role: role(g[0]) }),
      lines: emails(g),
      icon: knownIcon(EMAIL),
    })),
    ...grouped(of('alreadyInvited'), (o) => o.role ?? '').map((g) => {
      const words = g[0]?.role
        ? t('invite.result.alreadyInvitedAs', { role: role(g[0]) })
        : t('invite.result.alreadyInvited');
      return {
        title: titled(words, g.length),
        single: words,
        lines: emails(g),
        icon: knownIcon(CLOCK),
      };
    }),
    ...(of('alreadyMember').length > 0
      ? [
          {
            title: titled(t('invite.result.alreadyMember'), of('alreadyMember').length),
            single: t('invite.result.alreadyMember'),
            lines: emails(of('alreadyMember')),
            icon: knownIcon(PERSON),
          },
        ]
      : []),
  ];
}

export function buildResultsCard(
  t: Translate,
  courseId: string,
  courseName: string,
  outcomes: readonly InviteOutcome[],
  cleaned = 0,
): Card {
  const notes = [t('invite.results.summary', summarize(outcomes))];
  if (cleaned > 0) notes.push(t('invalid.cleaned', { count: cleaned }));
  const card = CardService.newCardBuilder()
    .setName('results')
    .setHeader(header(t('invite.results'), courseName))
    .addSection(CardService.newCardSection().addWidget(paragraph(notes.map(esc).join('<br>'))));
  for (const group of groups(t, outcomes)) card.addSection(groupSection(t, group));
  // An owner invitation refused because the person does not co-teach yet: offer the transfer wizard, per person.
  const offers = CardService.newCardSection();
  let offered = 0;
  for (const o of outcomes) {
    const offer = ineligibleOwnerOffer(t, courseId, o.email, o.error);
    if (!offer || offered >= 20) continue;
    offers.addWidget(
      CardService.newDecoratedText()
        .setText(esc(shorten(o.email, SHOWN_CHARS)))
        .setButton(offer),
    );
    offered++;
  }
  if (offered > 0) card.addSection(offers);
  return card
    .setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(t('invite.backToCourse'), action('onOpenCourse', { courseId, replace: 'back' }), true),
      ),
    )
    .build();
}
