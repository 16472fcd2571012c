// The conformance probes against the emulator, as CI runs them: every probe answers, and the answers are the
// emulator's documented defaults (docs/assumptions.md), so a change of the emulator's behaviour shows here.
import { document, emulatorClient, probe } from '../../tools/conformance';

describe('conformance probes on the emulator', () => {
  it('answers every probe with the emulator defaults and cleans up after itself', async () => {
    const client = emulatorClient();
    const f = await probe(client);
    expect(f).toMatchObject({
      'Create twice': '409 ALREADY_EXISTS',
      'Accept by a teacher': '403 PERMISSION_DENIED',
      'Get an unknown invitation': '404 NOT_FOUND',
      'Invitee reads the course (courses.get)': '200 allowed',
      'Invitee deletes (declines) the invitation': '200 allowed',
      "List by another user's id alone": expect.stringMatching(/^filtered/),
    });
    const left = await client.call('teacher', 'GET', `/v1/invitations?courseId=${client.courseId}`);
    expect(left.body.invitations).toBeUndefined();
    expect(document(f, null)).toContain('never run live');
  });
});
