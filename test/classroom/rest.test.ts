// Classroom's REST reads: several lists followed page by page side by side, one round trip per page depth.
import { listMany } from '../../src/classroom/rest';
import { emulator } from '../app/env';

const ADA = 'ada.lovelace@demo-school.edu';

describe('listMany', () => {
  it('follows every page of several lists side by side: one round trip per page depth', () => {
    const emu = emulator();
    for (let i = 0; i < 70; i++) {
      emu.world.addUser({
        id: String(900000000000 + i),
        email: `s${i}@demo-school.edu`,
        name: { givenName: 'S', familyName: String(i), fullName: `S ${i}` },
      });
      emu.world.addInvitation({
        id: `inv${i}`,
        courseId: '100000000502',
        userId: String(900000000000 + i),
        role: 'STUDENT',
      });
    }
    const [invitations, students] = emu.asUser(ADA, () =>
      listMany([
        { path: '/v1/invitations?courseId=100000000502', field: 'invitations' },
        { path: '/v1/courses/100000000502/students', field: 'students' },
      ]),
    );
    expect(invitations!.items).toHaveLength(73);
    expect(students!.items).toHaveLength(8);
    expect(emu.api.roundTrips).toBe(1);
  });

  it('keeps a failing list apart from the others', () => {
    const emu = emulator();
    const [mine, other] = emu.asUser(ADA, () =>
      listMany([
        { path: '/v1/invitations?userId=me', field: 'invitations' },
        { path: '/v1/courses/100000000505/students', field: 'students' },
      ]),
    );
    expect(mine!.error).toBeUndefined();
    expect(other!.error).toMatchObject({ httpCode: 403, status: 'PERMISSION_DENIED' });
  });
});
