// The status column's words: each outcome in the sync's language, with its reason translated and the time as the
// caller formats it (the user's time zone).
import { statusHeader, statusText } from '../../src/domain/sheet-sync';

describe('statusText', () => {
  it('words the outcome, its reason and its time, in English and French', () => {
    const cell = { code: 'invalid' as const, detail: 'sync.reason.email.invalid', at: '2026-12-01T12:03:00.000Z' };
    const time = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} Europe/Paris`;
    expect(statusText(cell, 'en', time)).toBe('Not synced: not an email address · 2026-12-01 12:03 Europe/Paris');
    expect(statusText({ code: 'invited', at: cell.at }, 'fr', time)).toMatch(/^Invit/);
    expect(statusText({ code: 'invited', at: cell.at }, 'fr', time)).not.toBe(
      statusText({ code: 'invited', at: cell.at }, 'en', time),
    );
    expect([statusHeader('en'), statusHeader('fr')]).toEqual(['Status', 'Statut']);
  });
});
