// Card pages over Google's list pages: numbering, Previous/Next across list pages, and cursors that survive the trip
// through action parameters (a forged one is the first page).
import { cardPage, decodeCursor, encodeCursor, FIRST, SHOWN } from '../../src/domain/list-pages';

describe('card pages', () => {
  it('numbers a short list exactly and offers no move', () => {
    const p = cardPage(FIRST, 7, '');
    expect(p).toMatchObject({ from: 1, to: 7, total: 7, more: false, next: null, prev: null });
  });

  it('walks a list page card by card, then into the next list page by its token', () => {
    let p = cardPage(FIRST, 500, 'tok2');
    expect(p).toMatchObject({ from: 1, to: 20, total: 500, more: true });
    let cursor = p.next!;
    for (let i = 0; i < 23; i++) cursor = cardPage(cursor, 500, 'tok2').next!;
    p = cardPage(cursor, 500, 'tok2'); // the last card of the first list page
    expect(p).toMatchObject({ from: 481, to: 500 });
    p = cardPage(p.next!, 500, 'tok3');
    expect(p).toMatchObject({ from: 501, to: 520, total: 1000, more: true });
    const back = cardPage(p.prev!, 500, 'tok2');
    expect(back).toMatchObject({ from: 481, to: 500 });
  });

  it('clamps a cursor past the end (invitations revoked since) to the last card', () => {
    const p = cardPage({ trail: FIRST.trail, at: 60 }, 30, '');
    expect(p).toMatchObject({ from: 21, to: 30, next: null });
  });

  it('round-trips a cursor and reads anything forged as the first page', () => {
    const c = { trail: [...FIRST.trail, { token: 'abc', base: 500 }], at: SHOWN * 3 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    for (const bad of ['', '{', '[1]', '[20,"x"]', '[20,"",500]', '[20,"t",-1]', '"__proto__"', '[NaN]'])
      expect(decodeCursor(bad)).toEqual(FIRST);
  });
});
