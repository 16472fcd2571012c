// What an invitation id may be before any call: a bounded run of base64url characters. Real ids observed decode to
// "<courseId>|<userId>" (platform.md 1.1, [COMM/UNVERIFIED]: undocumented, Google may change it), so the decode is
// only a sanity filter: when it fails we still allow a read (invitations.get), and no delete is ever sent without a
// successful get first; when it succeeds, the get's course and user must match it.

export const INVITATION_ID_MAX = 200; // The longest invitation id accepted (real ones are under 60 characters)

export const INVITATION_ID_CHARS = /^[A-Za-z0-9_=-]+$/;

export type IdProblem = 'empty' | 'tooLong' | 'chars';

export function invitationIdProblem(id: string): IdProblem | null {
  if (id === '') return 'empty';
  if (id.length > INVITATION_ID_MAX) return 'tooLong';
  return INVITATION_ID_CHARS.test(id) ? null : 'chars';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url (or base64) to text, ASCII only; null when it is not that. Pure: no Utilities in domain/. */
function decodeBase64Url(id: string): string | null {
  const s = id.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (s.length % 4 === 1) return null;
  let bits = 0;
  let value = 0;
  let out = '';
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const code = (value >> bits) & 0xff;
      if (code < 0x20 || code > 0x7e) return null;
      out += String.fromCharCode(code);
    }
  }
  return out;
}

/** The course and user an id names, when it decodes as observed ("<courseId>|<userId>", the emulator adds "|n"). */
export function decodeInvitationId(id: string): { courseId: string; userId: string } | null {
  const text = decodeBase64Url(id);
  const m = text ? /^([\w.:-]{1,100})\|(\d{1,40})(?:\|\d{1,20})?$/.exec(text) : null;
  const [, courseId, userId] = m ?? [];
  return courseId && userId ? { courseId, userId } : null;
}

/** False only when the id decodes and names another course or person than the invitation read by that id. */
export function idMatches(id: string, inv: { courseId: string; userId: string }): boolean {
  const named = decodeInvitationId(id);
  return named === null || (named.courseId === inv.courseId && named.userId === inv.userId);
}
