// Course names and links change rarely, so cards read them through the user cache (courses.get on a miss, the
// missing ones side by side in one round trip).
import type { Course } from '../domain/types';
import { getCachedMany, putCachedMany, shaped } from '../platform/cache';
import { toCourse } from './mappers';
import { coursePath } from './paths';
import { apiFailure, listMany } from './rest';

const KEY = 'course:';
const isCourse = shaped<Course>({ id: 'string', name: 'string', section: 'string', ownerId: 'string', link: 'string' });

export function rememberCourses(courses: Iterable<Course>): void {
  putCachedMany(new Map([...courses].map((c) => [KEY + c.id, c])));
}

// Courses by id, from the cache or courses.get (`fetch` 'none': the cache alone). A course the user may not see is
// left out (the card says "Course <id>"); with 'strict' its failure (not found, no access) is thrown instead.
export function coursesById(ids: readonly string[], fetch: 'lenient' | 'strict' | 'none' = 'lenient') {
  const unique = [...new Set(ids)];
  const keys = unique.map((id) => KEY + id);
  const out = new Map([...getCachedMany(keys, isCourse).values()].map((course) => [course.id, course]));
  const missing = fetch === 'none' ? [] : unique.filter((id) => !out.has(id));
  const fetched = new Map<string, Course>();
  listMany(missing.map((id) => ({ path: coursePath(id) }))).forEach((answer, i) => {
    const id = missing[i] ?? '';
    if (!answer.error) fetched.set(id, toCourse(answer.items[0]));
    else if (fetch === 'strict') throw apiFailure(answer.error, 'course');
    else console.warn(`course ${id} not readable`, answer.error);
  });
  rememberCourses(fetched.values());
  return new Map([...out, ...fetched]);
}

/** Only what the cache holds: no call at all. */
export const cachedCourses = (ids: readonly string[]) => coursesById(ids, 'none');

/** One course, from the cache or courses.get; errors (not found, no access) reach the caller. */
export function courseById(id: string): Course {
  const course = coursesById([id], 'strict').get(id);
  if (!course) throw new Error(`course ${id} missing after courses.get`);
  return course;
}
