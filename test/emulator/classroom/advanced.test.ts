// The Classroom advanced-service facade: Apps Script's method names, argument checks and exception shape.
import { ClassroomApi, ClassroomWorld, makeAdvancedClassroom, VirtualClock } from '@classroom-invitations/emulator';
import { ID, smallSeed } from './fixtures';

type Classroom = GoogleAppsScript.Classroom;

function setup(actor: string = ID.owner) {
  const world = new ClassroomWorld(smallSeed());
  const api = new ClassroomApi(world, new VirtualClock());
  return { world, api, Classroom: makeAdvancedClassroom(api, actor) as Classroom };
}

function thrown(fn: () => unknown): Error & { details?: unknown } {
  try {
    fn();
  } catch (e) {
    return e as Error & { details?: unknown };
  }
  throw new Error('expected a throw');
}

describe('makeAdvancedClassroom', () => {
  it('creates, gets, lists and removes (REST delete) with one round trip per call', () => {
    const { api, world, Classroom } = setup();
    const inv = Classroom.Invitations.create({ userId: 'nina.new@school.edu', courseId: ID.course, role: 'STUDENT' });
    expect(inv.userId).toBe(ID.newStudent);
    expect(Classroom.Invitations.get(inv.id!)).toEqual(inv);
    expect(Classroom.Invitations.list({ courseId: ID.course, pageToken: undefined })).toEqual({ invitations: [inv] });
    const invitations = Classroom.Invitations as unknown as { remove(id: string): unknown };
    expect(invitations.remove(inv.id!)).toBeUndefined();
    expect(world.allInvitations()).toEqual([]);
    expect(api.log.map((e) => [e.method, e.via, e.roundTrip])).toEqual([
      ['invitations.create', 'advanced', 1],
      ['invitations.get', 'advanced', 2],
      ['invitations.list', 'advanced', 3],
      ['invitations.delete', 'advanced', 4],
    ]);
  });

  it('returns deep copies that callers may mutate freely', () => {
    const { Classroom } = setup();
    const first = Classroom.Courses.list();
    first.courses![0]!.name = 'changed';
    expect(Classroom.Courses.list().courses![0]!.name).not.toBe('changed');
    expect(Classroom.Courses.get(ID.course).name).toBe('Algebra');
    expect(Classroom.UserProfiles.get('me').emailAddress).toBe('owner@school.edu');
  });

  it('accepts as the invitee', () => {
    const { api, world } = setup();
    const teacher = makeAdvancedClassroom(api, ID.owner) as Classroom;
    const student = makeAdvancedClassroom(api, () => ID.newStudent) as Classroom;
    const inv = teacher.Invitations.create({ userId: ID.newStudent, courseId: ID.course, role: 'STUDENT' });
    const mine = student.Invitations.list({ userId: 'me' }).invitations!;
    expect(mine.map((i) => i.id)).toEqual([inv.id]);
    student.Invitations.accept(inv.id!);
    expect(world.course(ID.course)?.students).toContain(ID.newStudent);
  });

  it('throws a GoogleJsonResponseException with the server message and details (code, message, errors)', () => {
    const { Classroom } = setup();
    Classroom.Invitations.create({ userId: ID.newStudent, courseId: ID.course, role: 'STUDENT' });
    const e = thrown(() => Classroom.Invitations.create({ userId: ID.student, courseId: ID.course, role: 'OWNER' }));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.message).toMatch(/^API call to classroom\.invitations\.create failed with error: @IneligibleOwner \S/);
    expect(String(e)).toMatch(/^GoogleJsonResponseException: API call to/);
    expect(e.details).toEqual({
      code: 400,
      message: expect.stringMatching(/^@IneligibleOwner /),
      errors: [
        { message: expect.stringMatching(/^@IneligibleOwner /), domain: 'global', reason: 'failedPrecondition' },
      ],
    });
    expect(e.details).not.toHaveProperty('status');
    const gone = thrown(() => {
      Classroom.Invitations.remove('missing');
    });
    expect(gone.message).toBe(
      'API call to classroom.invitations.delete failed with error: Requested entity was not found.',
    );
    expect((gone.details as { code: number }).code).toBe(404);
  });

  it('checks arity and argument types like Apps Script, without calling the API', () => {
    const { api, Classroom } = setup();
    const loose = Classroom as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>;
    expect(() => loose.Invitations!.get!()).toThrow(/^Invalid number of arguments provided/);
    expect(() => loose.Invitations!.get!('a', 'b')).toThrow(/^Invalid number of arguments provided/);
    expect(() => loose.Invitations!.list!({}, {})).toThrow(/^Invalid number of arguments provided/);
    expect(() => loose.Invitations!.create!('not an object')).toThrow(/Invalid argument/);
    expect(() => loose.Courses!.get!(42)).toThrow(/Invalid argument/);
    expect(api.requests).toBe(0);
    expect(api.roundTrips).toBe(0);
  });

  it("can build errors of the script's realm", () => {
    const world = new ClassroomWorld(smallSeed());
    class RealmError extends Error {}
    const c = makeAdvancedClassroom(new ClassroomApi(world, new VirtualClock()), ID.owner, {
      ErrorCtor: RealmError as ErrorConstructor,
    }) as Classroom;
    expect(thrown(() => c.Courses.get('missing'))).toBeInstanceOf(RealmError);
  });
});
