// Event parsing at the boundary: every field narrowed, current and legacy shapes read, junk ignored.
import { AppError } from '../../src/domain/errors';
import { parseEvent, requireParam } from '../../src/entry/event';

describe('parseEvent', () => {
  it('reads locale, host, parameters, form inputs and the Gmail message from the current event shape', () => {
    const ctx = parseEvent({
      commonEventObject: {
        userLocale: 'fr-CA',
        hostApp: 'GMAIL',
        parameters: { id: 'abc' },
        formInputs: { emails: { stringInputs: { value: [' a@x.org ', 'b@x.org'] } } },
      },
      gmail: { messageId: 'm1', accessToken: 't1' },
    });
    expect(ctx.locale).toBe('fr');
    expect(ctx.hostApp).toBe('GMAIL');
    expect(ctx.params).toEqual({ id: 'abc' });
    expect(ctx.values('emails')).toEqual([' a@x.org ', 'b@x.org']);
    expect(ctx.value('emails')).toBe('a@x.org');
    expect(ctx.value('missing')).toBe('');
    expect(ctx.gmail).toEqual({ messageId: 'm1', accessToken: 't1' });
    expect(ctx.t('common.cancel')).toBe('Annuler');
  });

  it('falls back to the legacy fields (top-level parameters, messageMetadata)', () => {
    const ctx = parseEvent({ parameters: { id: 'x' }, messageMetadata: { messageId: 'm', accessToken: 't' } });
    expect(ctx.params).toEqual({ id: 'x' });
    expect(ctx.gmail).toEqual({ messageId: 'm', accessToken: 't' });
  });

  it.each([null, undefined, 42, 'event', [], { commonEventObject: 'x', parameters: [1], gmail: { messageId: 3 } }])(
    'survives %p: English, no parameters, no form, no message',
    (junk) => {
      const ctx = parseEvent(junk);
      expect(ctx.locale).toBe('en');
      expect(ctx.params).toEqual({});
      expect(ctx.values('emails')).toEqual([]);
      expect(ctx.gmail).toBeUndefined();
    },
  );

  it('drops non-string parameter and form values', () => {
    const ctx = parseEvent({
      commonEventObject: {
        parameters: { a: 1, b: 'ok' },
        formInputs: { f: { stringInputs: { value: ['x', 2, null] } } },
      },
    });
    expect(ctx.params).toEqual({ b: 'ok' });
    expect(ctx.values('f')).toEqual(['x']);
  });
});

describe('requireParam', () => {
  it('returns a well-formed parameter and rejects missing or forged ones as a stale action', () => {
    const ctx = parseEvent({ commonEventObject: { parameters: { courseId: '123', id: '../x' } } });
    expect(requireParam(ctx, 'courseId')).toBe('123');
    expect(() => requireParam(ctx, 'id')).toThrow(AppError);
    expect(() => requireParam(ctx, 'missing')).toThrow(
      expect.objectContaining({ cause: expect.objectContaining({ key: 'err.badEvent' }) }),
    );
  });
});
