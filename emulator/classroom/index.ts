// The Classroom model: the world (courses, rosters, invitations, users), its API transport (latency, quota, faults,
// call log), the `Classroom` advanced service, the REST and batch endpoints, and the backend joining them.
export { ClassroomWorld } from './world';
export type {
  CourseJson,
  CreateInvitationInput,
  InvitationJson,
  ListCoursesQuery,
  ListInvitationsQuery,
  ListRosterQuery,
  RosterEntryJson,
  UserProfileJson,
} from './world';
export { ClassroomApi } from './api';
export type { ApiOptions, ApiResult, CallArgs, ClassroomMethod, FaultOptions, ServiceFaultOptions } from './api';
export { SERVICE_FAULT_MESSAGES } from './api';
export { makeAdvancedClassroom } from './advanced';
export type { AdvancedOptions } from './advanced';
export { buildMultipart, handleHttp, parseBatchResponse, parseHttpMessage, parseMultipart } from './rest';
export type { HttpMessage, MultipartPart } from './rest';
export { ApiFailure, serverMessage } from './errors';
export type { ErrorBody } from './errors';
export { validateSeed } from './seed-check';
export { classroomBackend } from './backend';
