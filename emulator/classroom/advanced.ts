// The `Classroom` advanced-service global as Apps Script exposes it (classroom_v1.d.ts shape): one round trip per
// call, plain JSON results, and failures thrown as GoogleJsonResponseException-like errors.
import type { ClassroomApi, ClassroomMethod, CallArgs } from './api';
import type { ErrorBody } from './errors';

export interface AdvancedOptions {
  /** Error constructor of the script's realm, so `e instanceof Error` holds inside a vm sandbox. */
  ErrorCtor?: ErrorConstructor;
}

type Actor = string | (() => string);

function checkArity(args: unknown[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : `${min}-${max}`;
    throw new Error(`Invalid number of arguments provided. Expected ${expected} only`);
  }
}

function checkString(v: unknown, name: string): string {
  if (typeof v !== 'string') throw new Error(`Invalid argument: ${name}`);
  return v;
}

function checkObject(v: unknown, name: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`Invalid argument: ${name}`);
  return v as Record<string, unknown>;
}

/** optionalArgs without undefined values: Apps Script leaves them out of the query. */
function queryOf(v: unknown): Record<string, unknown> {
  if (v === undefined) return {};
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(checkObject(v, 'optionalArgs'))) if (val !== undefined) out[k] = val;
  return out;
}

export function makeAdvancedClassroom(api: ClassroomApi, actor: Actor, opts: AdvancedOptions = {}): object {
  const ErrorCtor = opts.ErrorCtor ?? Error;
  const who = (): string => (typeof actor === 'function' ? actor() : actor);

  const invoke = (method: ClassroomMethod, args: CallArgs): unknown => {
    const rt = api.beginRoundTrip();
    const fault = api.serviceFault();
    if (fault !== null) throw Object.assign(new ErrorCtor(fault), { name: 'Exception' });
    const { status, body } = api.call(who(), method, args, 'advanced', rt);
    if (status === 200) return structuredClone(body);
    const err = (body as ErrorBody).error;
    const e = new ErrorCtor(`API call to classroom.${method} failed with error: ${err.message}`);
    e.name = 'GoogleJsonResponseException';
    // UNVERIFIED whether Apps Script passes `status`; community code reads only code, message and errors.
    Object.assign(e, { details: { code: err.code, message: err.message, errors: structuredClone(err.errors) } });
    throw e;
  };

  // Courses.Students / Courses.Teachers: path parameters in URL order (courseId, userId), then optionalArgs.
  const roster = (kind: 'students' | 'teachers') => ({
    list: (...a: unknown[]) => {
      checkArity(a, 1, 2);
      return invoke(`courses.${kind}.list`, { courseId: checkString(a[0], 'courseId'), query: queryOf(a[1]) });
    },
    get: (...a: unknown[]) => {
      checkArity(a, 2, 2);
      return invoke(`courses.${kind}.get`, {
        courseId: checkString(a[0], 'courseId'),
        id: checkString(a[1], 'userId'),
      });
    },
  });

  return {
    Invitations: {
      create: (...a: unknown[]) => {
        checkArity(a, 1, 1);
        return invoke('invitations.create', { body: checkObject(a[0], 'resource') });
      },
      get: (...a: unknown[]) => {
        checkArity(a, 1, 1);
        return invoke('invitations.get', { id: checkString(a[0], 'id') });
      },
      accept: (...a: unknown[]) => {
        checkArity(a, 1, 1);
        invoke('invitations.accept', { id: checkString(a[0], 'id') });
      },
      remove: (...a: unknown[]) => {
        checkArity(a, 1, 1);
        invoke('invitations.delete', { id: checkString(a[0], 'id') });
      },
      list: (...a: unknown[]) => {
        checkArity(a, 0, 1);
        return invoke('invitations.list', { query: queryOf(a[0]) });
      },
    },
    Courses: {
      list: (...a: unknown[]) => {
        checkArity(a, 0, 1);
        return invoke('courses.list', { query: queryOf(a[0]) });
      },
      get: (...a: unknown[]) => {
        checkArity(a, 1, 1);
        return invoke('courses.get', { id: checkString(a[0], 'id') });
      },
      Students: roster('students'),
      Teachers: roster('teachers'),
    },
    UserProfiles: {
      get: (...a: unknown[]) => {
        checkArity(a, 1, 1);
        return invoke('userProfiles.get', { id: checkString(a[0], 'userId') });
      },
    },
  };
}
