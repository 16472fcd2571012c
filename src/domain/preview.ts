// The dry run of a bulk invite: every pasted entry sorted into what will happen to it, before anything is sent.
import { domainOf, type ParsedAddresses } from './addresses';
import type { Role } from './roles';

export interface Preview {
  toInvite: string[];
  alreadyInvited: { email: string; role: Role }[];
  alreadyMember: string[];
  invalid: string[];
  /** Addresses of `toInvite` outside the user's domain: may be refused if their domain is not allowed. */
  external: string[];
  duplicates: number;
}

/** Who is in a course or invited to it, by email. */
export interface CourseRoster {
  /** Pending invitations of the course by invitee email (lower case). */
  invited: ReadonlyMap<string, Role>;
  /** Emails (lower case) of the course's students and teachers. */
  members: ReadonlySet<string>;
}

export function previewInvites(parsed: ParsedAddresses, state: CourseRoster, myDomain: string): Preview {
  const preview: Preview = {
    toInvite: [],
    alreadyInvited: [],
    alreadyMember: [],
    invalid: [...parsed.invalid],
    external: [],
    duplicates: parsed.duplicates,
  };
  for (const { email } of parsed.valid) {
    const role = state.invited.get(email);
    if (role) preview.alreadyInvited.push({ email, role });
    else if (state.members.has(email)) preview.alreadyMember.push(email);
    else {
      preview.toInvite.push(email);
      if (domainOf(email) !== myDomain.toLowerCase()) preview.external.push(email);
    }
  }
  return preview;
}
