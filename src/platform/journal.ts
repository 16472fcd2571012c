// The role-change journal and the notices it leaves, in the user's properties (per user: never script properties,
// which every user of a published add-on shares). Small JSON values, far under the 9 KB per-value limit.
import { intentId, parseIntents, parseNotices, type RoleChangeIntent, type RoleNotice } from '../domain/journal';

const JOURNAL = 'roleJournal';
const NOTICES = 'roleNotices';

const props = () => PropertiesService.getUserProperties();

export function readJournal(): RoleChangeIntent[] {
  return parseIntents(props().getProperty(JOURNAL));
}

export function writeIntent(intent: RoleChangeIntent): void {
  const others = readJournal().filter((i) => intentId(i) !== intentId(intent));
  props().setProperty(JOURNAL, JSON.stringify([...others, intent]));
}

export function clearIntent(intent: RoleChangeIntent): void {
  const left = readJournal().filter((i) => intentId(i) !== intentId(intent));
  if (left.length === 0) props().deleteProperty(JOURNAL);
  else props().setProperty(JOURNAL, JSON.stringify(left));
}

/** Adds (or replaces: a settle repeated after a kill tells once) the notice of one change. */
export function addNotice(notice: RoleNotice): void {
  const others = parseNotices(props().getProperty(NOTICES)).filter((n) => n.id !== notice.id);
  props().setProperty(NOTICES, JSON.stringify([...others, notice].slice(-20)));
}

/** The notices not shown yet; they are removed as they are handed to the card that shows them. */
export function takeNotices(): RoleNotice[] {
  const notices = parseNotices(props().getProperty(NOTICES));
  if (notices.length > 0) props().deleteProperty(NOTICES);
  return notices;
}
