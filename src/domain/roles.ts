// Course roles of Classroom invitations and their precedence (a role "or greater" blocks a new invitation).
export const ROLES = ['STUDENT', 'TEACHER', 'OWNER'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
