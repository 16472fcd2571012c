// Any event, however malformed, at any entry point: a card or a response comes back (never an uncaught exception,
// never a stack trace) and nothing is written to Classroom.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUZZ_RUNS } from '../../bench/chaos-points';
import { ADA, CHLOE, DIST, GRACE, school } from './harness';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const entryPoints = [...code.matchAll(/^function (on\w+)\(/gm)].map((m) => m[1]!).filter((n) => n !== 'onJobsTick');

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.array(fc.string()),
);
const stringInputs = fc.dictionary(
  fc.constantFrom('emails', 'role', 'newRole', 'invitationId', 'bulkEmails', 'people', 'courseId'),
  fc.oneof(
    fc.record({
      stringInputs: fc.record({ value: fc.array(fc.oneof(fc.string(), fc.emailAddress(), fc.constant('<b>x</b>'))) }),
    }),
    junk,
  ),
);
const event = fc.oneof(
  junk,
  fc.record(
    {
      commonEventObject: fc.oneof(
        junk,
        fc.record(
          {
            userLocale: fc.oneof(fc.constantFrom('en', 'fr', 'fr-CA', 'xx'), junk),
            hostApp: fc.oneof(fc.constantFrom('GMAIL', 'DRIVE'), junk),
            parameters: fc.oneof(
              fc.dictionary(
                fc.constantFrom('id', 'courseId', 'jobId', 'offset', 'replace', 'newRole'),
                // Junk that passes a loose id pattern (issue 8 §6) as well as arbitrary strings.
                fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'NaN', '-1', '0', 'OWNER')),
              ),
              junk,
            ),
            formInputs: fc.oneof(stringInputs, junk),
          },
          { requiredKeys: [] },
        ),
      ),
      parameters: fc.oneof(fc.dictionary(fc.string(), fc.string()), junk),
      gmail: fc.oneof(fc.record({ messageId: fc.string(), accessToken: fc.string() }), junk),
    },
    { requiredKeys: [] },
  ),
);

describe('malformed events', () => {
  it('covers every UI entry point of the bundle', () => {
    expect(entryPoints.length).toBeGreaterThan(20);
  });

  it('every entry point answers with a card or a response, and writes nothing', () => {
    const s = school({ latencyMs: 0 });
    fc.assert(
      // As a teacher, an invitee and a co-teacher: nobody's malformed event writes.
      fc.property(fc.constantFrom(...entryPoints), event, fc.constantFrom(ADA, CHLOE, GRACE), (fn, e, user) => {
        if (fn === 'onReplyWithClassCode') {
          // A compose action answers with a draft or not at all: Google takes nothing else from it, and a compose
          // response needs a draft (entry/respond.ts), so a malformed event ends in Gmail's own error.
          let kind = 'thrown';
          try {
            kind = s.emu.run(fn, (e ?? {}) as object, user).kind;
          } catch {
            // Gmail shows its own "could not complete" message; nothing was written.
          }
          expect(['ComposeActionResponse', 'thrown']).toContain(kind);
          return;
        }
        const result = s.emu.run(fn, (e ?? {}) as object, user);
        expect(['Card', 'Cards', 'ActionResponse', 'UniversalActionResponse']).toContain(result.kind);
        expect(JSON.stringify(result)).not.toMatch(/\bat \w+ \(|TypeError|ReferenceError/);
      }),
      { numRuns: FUZZ_RUNS, seed: 20261126 },
    );
    expect(s.writes()).toEqual([]);
  });
});
