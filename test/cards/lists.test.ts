// Whole lists stay inside Google's card limits: the biggest preview and results cards hold every entry in fewer than
// 100 widgets, and the copy card holds a whole group.
import { type CardJson, makeCardService } from '@classroom-invitations/emulator';
import { buildListCard } from '../../src/cards/lists';
import { buildPreviewCard } from '../../src/cards/preview';
import { buildResultsCard } from '../../src/cards/results';
import { parseAddresses } from '../../src/domain/addresses';
import { AppError } from '../../src/domain/errors';
import type { InviteOutcome } from '../../src/domain/outcomes';
import { previewInvites } from '../../src/domain/preview';
import { translator } from '../../src/i18n';

beforeAll(() => {
  (globalThis as Record<string, unknown>).CardService = makeCardService();
});

const t = translator('en');
const json = (card: GoogleAppsScript.Card_Service.Card) => (card as unknown as { json: CardJson }).json;
const widgets = (card: CardJson): number =>
  (card.sections ?? []).reduce((n, s) => n + ((s as { widgets?: unknown[] }).widgets?.length ?? 0), 0);
const texts = (card: CardJson) => JSON.stringify(card);

describe('whole lists within the card limits', () => {
  it('a preview of 3,000 addresses in every group and invalid entries of every kind: each group paged to 30, < 100 widgets', () => {
    const emails = (n: number, tag: string, domain = 'school.edu') =>
      Array.from({ length: n }, (_, i) => `${tag}${i}@${domain}`);
    const inside = emails(1200, 'in');
    const outside = emails(600, 'out', 'gmail.example');
    const invited = emails(600, 'inv');
    const members = emails(600, 'mem');
    const junk = ['a b@x.org', 'x'.repeat(300), 'noat', 'a@@b.org', '(x)@y.org', 'a@b', 'a@school,edu'];
    const parsed = parseAddresses([...inside, ...outside, ...invited, ...members, ...junk].join('\n'));
    const preview = previewInvites(
      parsed,
      { invited: new Map(invited.map((e) => [e, 'STUDENT' as const])), members: new Set(members) },
      'school.edu',
    );
    const card = json(buildPreviewCard(t, { course: { name: 'C' }, role: 'STUDENT', preview, draftId: 'job1' }));
    expect(widgets(card)).toBeLessThan(100);
    const all = texts(card);
    // Each group shows its first 30 (a preview stays short, issue 18) and names how many Copy list holds.
    for (const group of [inside, outside, invited, members]) {
      for (const e of group.slice(0, 30)) expect(all).toContain(e);
      expect(all).not.toContain(group[30]);
      expect(all).toContain(t('preview.firstLines', { shown: 30, total: group.length }));
    }
    expect(all).not.toContain('x'.repeat(81));
  });

  it('a results card of 50 failures with 10 different reasons and 200 invalid entries: all shown, < 100 widgets', () => {
    const outcomes: InviteOutcome[] = Array.from({ length: 50 }, (_, i) => ({
      email: `p${i}@x.org`,
      status: 'failed',
      error: new AppError(
        'CLASSROOM_API',
        'err.unknown',
        { email: `p${i}@x.org` },
        {
          httpCode: 400,
          status: `S${i % 10}`,
          message: 'm',
        },
      ),
    }));
    for (let i = 0; i < 200; i++) {
      outcomes.push({ email: `bad ${i}`, status: 'invalid', problem: { text: `bad ${i}`, reason: 'space' } });
    }
    const card = json(buildResultsCard(t, 'c1', 'C', outcomes));
    expect(widgets(card)).toBeLessThan(100);
    const all = texts(card);
    for (const o of outcomes) expect(all).toContain(o.email);
  });

  it('the copy card shows 3,000 lines, each cut to a readable length, in few widgets', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `p${i}@x.org`);
    const card = json(buildListCard(t, 'Group', [...lines, 'y'.repeat(5000)].join('\n')));
    expect(widgets(card)).toBeLessThan(100);
    const all = texts(card);
    for (const l of lines) expect(all).toContain(l);
    expect(all).not.toContain('y'.repeat(301));
  });
});
