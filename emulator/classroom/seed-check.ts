// Consistency checks for a WorldSeed (hand-written demo worlds and `--seed FILE` worlds): every problem, in words.
import type { WorldSeed } from '../types';

const STATES = ['ACTIVE', 'ARCHIVED', 'PROVISIONED', 'DECLINED', 'SUSPENDED'];
const ROLES = ['STUDENT', 'TEACHER', 'OWNER'];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Returns the list of problems; empty when the seed is usable. */
export function validateSeed(seed: unknown): string[] {
  if (!isObject(seed)) return ['the seed is not a JSON object'];
  const s = seed as Partial<WorldSeed>;
  const problems: string[] = [];
  if (typeof s.domain !== 'string' || !s.domain) problems.push('domain must be a non-empty string');
  for (const key of ['trustedDomains', 'untrustedDomains', 'users', 'courses', 'invitations', 'messages'] as const) {
    if (!Array.isArray(s[key])) problems.push(`${key} must be an array`);
  }
  if (problems.length > 0) return problems;
  const users = s.users ?? [];
  const ids = new Set<string>();
  const emails = new Set<string>();
  for (const u of users) {
    if (!isObject(u) || typeof u.id !== 'string' || typeof u.email !== 'string' || !isObject(u.name)) {
      problems.push(`user ${JSON.stringify(u)} needs id, email and name`);
      continue;
    }
    if (ids.has(u.id)) problems.push(`duplicate user id ${u.id}`);
    if (emails.has(u.email.toLowerCase())) problems.push(`duplicate email ${u.email}`);
    if (!u.email.includes('@')) problems.push(`user ${u.id} has a bad email ${u.email}`);
    ids.add(u.id);
    emails.add(u.email.toLowerCase());
  }
  const courseIds = new Set<string>();
  for (const c of s.courses ?? []) {
    if (!isObject(c) || typeof c.id !== 'string' || !Array.isArray(c.teachers) || !Array.isArray(c.students)) {
      problems.push(`course ${JSON.stringify(c)} needs id, teachers and students`);
      continue;
    }
    if (courseIds.has(c.id) || ids.has(c.id)) problems.push(`duplicate id ${c.id}`);
    courseIds.add(c.id);
    if (!STATES.includes(c.courseState)) problems.push(`course ${c.id} has a bad courseState ${c.courseState}`);
    if (!ids.has(c.ownerId)) problems.push(`course ${c.id} owner ${c.ownerId} is not a user`);
    if (!c.teachers.includes(c.ownerId)) problems.push(`course ${c.id} must list its owner among its teachers`);
    for (const m of [...c.teachers, ...c.students]) {
      if (!ids.has(m)) problems.push(`course ${c.id} member ${m} is not a user`);
    }
    for (const st of c.students) {
      if (c.teachers.includes(st)) problems.push(`course ${c.id}: ${st} is both a teacher and a student`);
    }
    if (c.creationTime !== undefined && Number.isNaN(Date.parse(c.creationTime))) {
      problems.push(`course ${c.id} has a bad creationTime`);
    }
  }
  const invIds = new Set<string>();
  const pairs = new Set<string>();
  for (const inv of s.invitations ?? []) {
    if (!isObject(inv) || typeof inv.id !== 'string') {
      problems.push(`invitation ${JSON.stringify(inv)} needs an id`);
      continue;
    }
    if (invIds.has(inv.id)) problems.push(`duplicate invitation id ${inv.id}`);
    invIds.add(inv.id);
    if (!courseIds.has(inv.courseId)) problems.push(`invitation ${inv.id}: course ${inv.courseId} does not exist`);
    if (!ids.has(inv.userId)) problems.push(`invitation ${inv.id}: user ${inv.userId} does not exist`);
    if (!ROLES.includes(inv.role)) problems.push(`invitation ${inv.id} has a bad role ${inv.role}`);
    const pair = `${inv.courseId}|${inv.userId}`;
    if (pairs.has(pair)) problems.push(`two invitations for user ${inv.userId} in course ${inv.courseId}`);
    pairs.add(pair);
  }
  for (const m of s.messages ?? []) {
    if (!isObject(m) || typeof m.id !== 'string' || !Array.isArray(m.to) || !Array.isArray(m.cc)) {
      problems.push(`message ${JSON.stringify(m)} needs id, to and cc`);
    }
  }
  return problems;
}
