// The status column's words: each outcome in the sync's language, with its reason translated and the time as the
// caller formats it (the user's time zone).
import { statusHeader, statusText } from '../../src/domain/sheet-sync';

describe('statusText', () => {
  it('words the outcome, its reason and its time, in English and French', () => {
    const at = '2026-12-01 12:03 Europe/Paris';
    expect(statusText('x:email.invalid', 'en', at)).toBe(
      'Not synced: not an email address · 2026-12-01 12:03 Europe/Paris',
    );
    expect(statusText('invited', 'fr', at)).toMatch(/^Invit/);
    expect(statusText('invited', 'fr', at)).not.toBe(statusText('invited', 'en', at));
    expect(statusText('failed', 'en', at, 'err.unavailable')).toBe(
      'Failed: Classroom is having a temporary problem. Try again in a few minutes. · 2026-12-01 12:03 Europe/Paris',
    );
    expect([statusHeader('en'), statusHeader('fr')]).toEqual(['Status', 'Statut']);
  });
});
