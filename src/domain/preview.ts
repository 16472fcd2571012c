// The dry run of a bulk invite: every pasted entry sorted into exactly one group (what will happen to it), before
// anything is sent.
import { domainOf, type InvalidAddress, type ParsedAddresses } from './addresses';
import type { Role } from './roles';

export interface Preview {
  toInvite: string[]; // New people inside the user's domain
  // New people outside the user's domain: valid and sent too; Classroom refuses them if their domain is not allowed.
  external: string[];
  alreadyInvited: { email: string; role: Role }[];
  alreadyMember: string[];
  invalid: InvalidAddress[]; // Entries that are not addresses, with the reason
  duplicates: number;
  cleaned: number; // Entries whose invisible characters were removed
}

/** Who is in a course or invited to it, by email. */
export interface CourseMembership {
  invited: ReadonlyMap<string, Role>; // Pending invitations of the course by invitee email (lower case)
  members: ReadonlySet<string>; // Emails (lower case) of the course's students and teachers
}

/** Everyone the confirm button sends an invitation to: inside the school first, then outside. */
export const toSend = (preview: Preview): string[] => [...preview.toInvite, ...preview.external];

export function previewInvites(parsed: ParsedAddresses, state: CourseMembership, myDomain: string): Preview {
  const preview: Preview = {
    toInvite: [],
    external: [],
    alreadyInvited: [],
    alreadyMember: [],
    invalid: [...parsed.problems],
    duplicates: parsed.duplicates,
    cleaned: parsed.cleaned,
  };
  for (const { email } of parsed.valid) {
    const role = state.invited.get(email);
    if (role) preview.alreadyInvited.push({ email, role });
    else if (state.members.has(email)) preview.alreadyMember.push(email);
    else if (domainOf(email) !== myDomain.toLowerCase()) preview.external.push(email);
    else preview.toInvite.push(email);
  }
  return preview;
}
