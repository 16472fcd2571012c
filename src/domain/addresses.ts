// Parses what people paste as "addresses": commas, semicolons, new lines, `Name <email>`, duplicates, junk.

export interface Address {
  /** Lower-cased email. */
  email: string;
  /** Display name when given as `Name <email>`. */
  name?: string;
}

export interface ParsedAddresses {
  valid: Address[];
  /** Entries that are not an email address, as typed (trimmed). */
  invalid: string[];
  /** How many valid entries repeated an earlier one. */
  duplicates: number;
}

// Pragmatic RFC 5322 subset: what Google accounts can be. Local part of letters, digits and . _ % + - ' ;
// a domain of labels with a TLD of two letters or more.
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const MAX_EMAIL_LENGTH = 254;

export function isEmail(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && EMAIL.test(text) && !text.includes('..');
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Splits on separators that cannot appear inside a quoted display name. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';' || ch === '\n' || ch === '\r' || ch === '\t')) {
      entries.push(current);
      current = '';
    } else current += ch;
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter((e) => e.length > 0);
}

function parseEntry(entry: string): Address | null {
  const angle = /^(.*)<\s*([^<>\s]+)\s*>$/.exec(entry);
  if (angle) {
    const email = (angle[2] ?? '').toLowerCase();
    const name = (angle[1] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    return isEmail(email) ? (name ? { email, name } : { email }) : null;
  }
  const bare = entry.replace(/^mailto:/i, '').toLowerCase();
  return isEmail(bare) ? { email: bare } : null;
}

export function parseAddresses(text: string): ParsedAddresses {
  const seen = new Set<string>();
  const result: ParsedAddresses = { valid: [], invalid: [], duplicates: 0 };
  for (const entry of splitEntries(text)) {
    // A space-separated run of bare addresses ("a@x.org b@x.org") is common when copying from a sheet.
    const parts = entry.includes('<') ? [entry] : entry.split(/\s+/);
    for (const part of parts) {
      const address = parseEntry(part);
      if (!address) result.invalid.push(part);
      else if (seen.has(address.email)) result.duplicates++;
      else {
        seen.add(address.email);
        result.valid.push(address);
      }
    }
  }
  return result;
}
