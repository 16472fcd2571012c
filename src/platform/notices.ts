// The notices of role changes finished by a later execution, in the user's properties until the homepage shows them.
import { parseNotices, type RoleNotice } from '../domain/notices';

const NOTICES = 'roleNotices';

const props = () => PropertiesService.getUserProperties();

/** Adds (or replaces: a finish repeated after a kill tells once) the notice of one change. */
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
