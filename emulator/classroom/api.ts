// The transport every Classroom call goes through: latency on the virtual clock, per-user quota, seeded faults,
// the call log, and the translation of ApiFailure into Google's HTTP error body.
import type { VirtualClock } from '../clock';
import { mulberry32 } from '../prng';
import type { CallLogEntry } from '../types';
import {
  ApiFailure,
  errorBody,
  invalidArgument,
  notFound,
  projectQuotaExceeded,
  quotaExceeded,
  transientFailure,
} from './errors';
import type { ClassroomWorld, CreateInvitationInput } from './world';

export type ClassroomMethod =
  | 'invitations.create'
  | 'invitations.get'
  | 'invitations.accept'
  | 'invitations.delete'
  | 'invitations.list'
  | 'courses.list'
  | 'courses.get'
  | 'courses.students.list'
  | 'courses.students.get'
  | 'courses.teachers.list'
  | 'courses.teachers.get'
  | 'userProfiles.get';

/**
 * Arguments of one call, split like the REST request. `id` is the last path parameter (the invitation, course,
 * profile or roster user id); `courseId` is the parent course of the `courses.students.*` / `courses.teachers.*`
 * methods; `query` holds query parameters (pageSize, pageToken, ...); `body` the JSON request body.
 */
export interface CallArgs {
  courseId?: string;
  id?: string;
  body?: unknown;
  query?: Record<string, unknown>;
}

export interface FaultOptions {
  /** Probability (0..1) that a call fails before reaching the world. */
  rate: number;
  seed: number;
  /** HTTP statuses to pick from; default [429, 500, 503]. */
  statuses?: number[];
}

/**
 * Apps Script's own failures of a fetch or an advanced-service call: thrown as an Exception with no `details` and
 * no HTTP answer (the request never reached Classroom, so nothing is logged).
 */
export interface ServiceFaultOptions {
  rate: number;
  seed: number;
  /** Messages to pick from; default the two Apps Script throws most under load. */
  messages?: string[];
}

export const SERVICE_FAULT_MESSAGES = ['Service invoked too many times for one day: urlfetch.', 'Empty response'];

export interface ApiOptions {
  latencyMs?: number;
  quotaPerMinute?: number;
  /** Per Cloud project, shared by every user of the add-on: 3,000 a minute (https://developers.google.com/classroom/limits). */
  projectQuotaPerMinute?: number;
  faults?: FaultOptions;
  serviceFaults?: ServiceFaultOptions;
}

export interface ApiResult {
  status: number;
  body: unknown;
}

const QUOTA_WINDOW_MS = 60_000;

// Tests replay fault patterns with the same generator the transport draws them from.
export { mulberry32 };

function optString(v: unknown, name: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw invalidArgument(`Invalid value for ${name}.`);
}

function optInt(v: unknown, name: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw invalidArgument(`Invalid value for ${name}.`);
  return n;
}

function optStringList(v: unknown, name: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => optString(x, name) ?? '');
}

function requireId(args: CallArgs): string {
  if (typeof args.id !== 'string' || args.id === '') throw notFound();
  return args.id;
}

function requireCourseId(args: CallArgs): string {
  if (typeof args.courseId !== 'string' || args.courseId === '') throw notFound();
  return args.courseId;
}

export class ClassroomApi {
  readonly log: CallLogEntry[] = [];
  /** Called after each call is logged; tests throw from it to kill an execution mid-flight, or interleave others. */
  onCall?: (entry: CallLogEntry) => void;
  roundTrips = 0;
  quotaErrors = 0;
  faultsInjected = 0;
  serviceFaultsInjected = 0;
  projectQuotaErrors = 0;
  readonly latencyMs: number;
  readonly quotaPerMinute: number;
  readonly projectQuotaPerMinute: number;
  private faults: FaultOptions | null = null;
  private random: () => number = Math.random;
  private serviceFaults: ServiceFaultOptions | null = null;
  private serviceRandom: () => number = Math.random;
  private readonly recentCalls = new Map<string, number[]>();
  /** Every user's calls of the last minute, oldest first: the project's window. */
  private projectCalls: number[] = [];

  constructor(
    readonly world: ClassroomWorld,
    readonly clock: VirtualClock,
    opts: ApiOptions = {},
  ) {
    this.latencyMs = opts.latencyMs ?? 150;
    this.quotaPerMinute = opts.quotaPerMinute ?? 1200;
    this.projectQuotaPerMinute = opts.projectQuotaPerMinute ?? 3000;
    this.setFaults(opts.faults ?? null);
    this.setServiceFaults(opts.serviceFaults ?? null);
  }

  setServiceFaults(faults: ServiceFaultOptions | null): void {
    this.serviceFaults = faults && faults.rate > 0 ? { ...faults } : null;
    this.serviceRandom = mulberry32(faults?.seed ?? 0);
  }

  /** The message of an Apps Script exception to throw instead of this fetch or call, or null (seeded draw). */
  serviceFault(): string | null {
    if (!this.serviceFaults || this.serviceRandom() >= this.serviceFaults.rate) return null;
    const messages = this.serviceFaults.messages ?? SERVICE_FAULT_MESSAGES;
    this.serviceFaultsInjected++;
    return messages[Math.floor(this.serviceRandom() * messages.length)] ?? 'Empty response';
  }

  get requests(): number {
    return this.log.length;
  }

  /** Starts an HTTP round trip: the network latency passes on the virtual clock (may throw ExecutionTimeout). */
  beginRoundTrip(): number {
    this.clock.advance(this.latencyMs);
    return ++this.roundTrips;
  }

  setFaults(faults: FaultOptions | null): void {
    this.faults = faults && faults.rate > 0 ? { ...faults } : null;
    this.random = mulberry32(faults?.seed ?? 0);
  }

  resetCounters(): void {
    this.log.length = 0;
    this.roundTrips = 0;
    this.quotaErrors = 0;
    this.faultsInjected = 0;
    this.serviceFaultsInjected = 0;
    this.projectQuotaErrors = 0;
    this.recentCalls.clear();
    this.projectCalls = [];
  }

  /** One API call. Never throws ApiFailure: failures come back as Google's status and error body. */
  call(
    actor: string,
    method: string,
    args: CallArgs,
    via: CallLogEntry['via'],
    roundTrip = this.roundTrips,
  ): ApiResult {
    const userId = this.world.userIdOf(actor) ?? actor;
    const t = this.clock.now();
    let result: ApiResult;
    try {
      this.admit(userId, t);
      result = { status: 200, body: this.dispatch(actor, method, args) };
    } catch (e) {
      if (!(e instanceof ApiFailure)) throw e;
      result = { status: e.httpCode, body: errorBody(e) };
    }
    const entry: CallLogEntry = {
      t,
      user: userId,
      method,
      args: structuredClone(args),
      status: result.status,
      via,
      roundTrip,
    };
    this.log.push(entry);
    this.onCall?.(entry);
    return result;
  }

  /**
   * Quotas first (every call counts, even ones that then fail): the user's 1,200 and the project's 3,000 a minute,
   * then injected faults, before the world is touched.
   */
  private admit(userId: string, t: number): void {
    const recent = (this.recentCalls.get(userId) ?? []).filter((ct) => ct > t - QUOTA_WINDOW_MS);
    recent.push(t);
    this.recentCalls.set(userId, recent);
    let old = 0;
    while (old < this.projectCalls.length && (this.projectCalls[old] ?? 0) <= t - QUOTA_WINDOW_MS) old++;
    if (old > 0) this.projectCalls = this.projectCalls.slice(old);
    this.projectCalls.push(t);
    if (recent.length > this.quotaPerMinute) {
      this.quotaErrors++;
      throw quotaExceeded();
    }
    if (this.projectCalls.length > this.projectQuotaPerMinute) {
      this.quotaErrors++;
      this.projectQuotaErrors++;
      throw projectQuotaExceeded();
    }
    if (this.faults && this.random() < this.faults.rate) {
      const statuses = this.faults.statuses ?? [429, 500, 503];
      const status = statuses[Math.floor(this.random() * statuses.length)] ?? 500;
      this.faultsInjected++;
      throw transientFailure(status);
    }
  }

  private dispatch(actor: string, method: string, args: CallArgs): unknown {
    const w = this.world;
    const q = args.query ?? {};
    switch (method) {
      case 'invitations.create': {
        const b = args.body;
        if (typeof b !== 'object' || b === null || Array.isArray(b)) throw invalidArgument();
        const r = b as Record<string, unknown>;
        const input: CreateInvitationInput = {};
        const userId = optString(r.userId, 'userId');
        const courseId = optString(r.courseId, 'courseId');
        const role = optString(r.role, 'role');
        if (userId !== undefined) input.userId = userId;
        if (courseId !== undefined) input.courseId = courseId;
        if (role !== undefined) input.role = role;
        return w.createInvitation(actor, input);
      }
      case 'invitations.get':
        return w.getInvitation(actor, requireId(args));
      case 'invitations.accept':
        return w.acceptInvitation(actor, requireId(args));
      case 'invitations.delete':
        return w.deleteInvitation(actor, requireId(args));
      case 'invitations.list':
        return w.listInvitations(
          actor,
          stripUndefined({
            userId: optString(q.userId, 'userId'),
            courseId: optString(q.courseId, 'courseId'),
            pageSize: optInt(q.pageSize, 'pageSize'),
            pageToken: optString(q.pageToken, 'pageToken'),
          }),
        );
      case 'courses.list':
        return w.listCourses(
          actor,
          stripUndefined({
            teacherId: optString(q.teacherId, 'teacherId'),
            studentId: optString(q.studentId, 'studentId'),
            courseStates: optStringList(q.courseStates, 'courseStates'),
            pageSize: optInt(q.pageSize, 'pageSize'),
            pageToken: optString(q.pageToken, 'pageToken'),
          }),
        );
      case 'courses.get':
        return w.getCourse(actor, requireId(args));
      case 'courses.students.list':
      case 'courses.teachers.list': {
        const page = stripUndefined({
          pageSize: optInt(q.pageSize, 'pageSize'),
          pageToken: optString(q.pageToken, 'pageToken'),
        });
        const courseId = requireCourseId(args);
        return method === 'courses.students.list'
          ? w.listStudents(actor, courseId, page)
          : w.listTeachers(actor, courseId, page);
      }
      case 'courses.students.get':
        return w.getStudent(actor, requireCourseId(args), requireId(args));
      case 'courses.teachers.get':
        return w.getTeacher(actor, requireCourseId(args), requireId(args));
      case 'userProfiles.get':
        return w.getUserProfile(actor, requireId(args));
      default:
        throw notFound(`Method not found: ${method}.`);
    }
  }
}

/** Drops undefined keys, so optional properties stay truly absent (exactOptionalPropertyTypes-friendly). */
function stripUndefined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
