// What an invitation id may be before any call: a bounded run of base64url characters. Real ids observed decode to
// "<courseId>|<userId>" (platform.md 1.1, [COMM/UNVERIFIED]: undocumented, Google may change it), so the decode is
// only a sanity filter: when it fails we still allow a read (invitations.get), and no delete is ever sent without a
// successful get first; when it succeeds, the get's course and user must match it.

export const INVITATION_ID_MAX = 200; // The longest invitation id accepted (real ones are under 60 characters)

const INVITATION_ID_CHARS = /^[A-Za-z0-9_=-]+$/;

export function invitationIdProblem(id: string): 'empty' | 'tooLong' | 'chars' | null {
  if (id === '') return 'empty';
  if (id.length > INVITATION_ID_MAX) return 'tooLong';
  return INVITATION_ID_CHARS.test(id) ? null : 'chars';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url (or base64) to text, ASCII only; null when it is not that. Pure: no Utilities in domain/. */
function decodeBase64Url(id: string): string | null {
  const s = id.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (s.length % 4 === 1 || /[^\w-]/.test(s)) return null;
  const bits = s.replace(/./g, (ch) => ALPHABET.indexOf(ch).toString(2).padStart(6, '0'));
  // Whole bytes only: the bits left over at the end are padding.
  const codes = (bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2));
  return codes.every((c) => c >= 0x20 && c <= 0x7e) ? String.fromCharCode(...codes) : null;
}

// False only when the id decodes as observed ("<courseId>|<userId>", the emulator adds "|n") and names another
// course or person than the invitation read by that id.
export function idMatches(id: string, inv: { courseId: string; userId: string }): boolean {
  const text = decodeBase64Url(id);
  const [, courseId, userId] = (text && /^([\w.:-]{1,100})\|(\d{1,40})(?:\|\d{1,20})?$/.exec(text)) || [];
  return !courseId || !userId || (courseId === inv.courseId && userId === inv.userId);
}
