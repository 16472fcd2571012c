// The Classroom world as the Apps Script runtime's Google backend: its users and mailboxes, the `Classroom` advanced
// service, and classroom.googleapis.com behind UrlFetchApp.
import type { GoogleBackend } from '../gas/backend';
import { makeAdvancedClassroom } from './advanced';
import type { ClassroomApi } from './api';
import { handleHttp } from './rest';
import type { ClassroomWorld } from './world';

const CLASSROOM_HOST = 'classroom.googleapis.com';

export function classroomBackend(world: ClassroomWorld, api: ClassroomApi): GoogleBackend {
  return {
    user: (idOrEmail) => world.user(idOrEmail),
    messages: () => world.messages,
    advancedServices: (userId, ErrorCtor) => ({ Classroom: makeAdvancedClassroom(api, userId, { ErrorCtor }) }),
    http: {
      beginRoundTrip: () => api.beginRoundTrip(),
      serviceFault: () => api.serviceFault(),
      route: (req, via, roundTrip) => {
        let host: string;
        try {
          host = new URL(req.url).host;
        } catch {
          return null;
        }
        return host === CLASSROOM_HOST ? handleHttp(api, req, via, roundTrip) : null;
      },
    },
  };
}
