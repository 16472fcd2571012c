// Course names and links change rarely, so cards read them through the user cache (Courses.get on a miss).
import type { Course } from '../domain/types';
import { getCachedMany, putCachedMany, shaped } from '../platform/cache';
import { getCourse } from './rest';

const KEY = 'course:';
const isCourse = shaped<Course>({ id: 'string', name: 'string', section: 'string', ownerId: 'string', link: 'string' });

export function rememberCourses(courses: Iterable<Course>): void {
  putCachedMany(new Map([...courses].map((c) => [KEY + c.id, c])));
}

/** Courses by id, from cache or courses.get; one the user may not see is left out (the card says "Course <id>"). */
export function coursesById(
  ids: readonly string[],
  fetch: (id: string) => Course | undefined = tryGetCourse,
): Map<string, Course> {
  const unique = [...new Set(ids)];
  const cached = getCachedMany(
    unique.map((id) => KEY + id),
    isCourse,
  );
  const out = new Map<string, Course>();
  const fetched: Course[] = [];
  for (const id of unique) {
    const course = cached.get(KEY + id) ?? fetch(id);
    if (!course) continue;
    out.set(id, course);
    if (!cached.has(KEY + id)) fetched.push(course);
  }
  rememberCourses(fetched);
  return out;
}

/** Only what the cache holds: no call at all. */
export function cachedCourses(ids: readonly string[]): Map<string, Course> {
  return coursesById(ids, () => undefined);
}

function tryGetCourse(id: string): Course | undefined {
  try {
    return getCourse(id);
  } catch (e) {
    console.warn(`course ${id} not readable`, e);
    return undefined;
  }
}

/** One course, from cache or Courses.get; errors (not found, no access) reach the caller. */
export function courseById(id: string): Course {
  const course = coursesById([id], getCourse).get(id);
  if (!course) throw new Error(`course ${id} missing after Courses.get`);
  return course;
}
