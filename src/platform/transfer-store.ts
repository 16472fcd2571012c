// Owner transfers saved in the user's properties: one small JSON value per course (at most one transfer per
// course), rewritten at every step. A few hundred bytes each, far under the 9 KB value limit.
import { isFinished, isTransfer, type Transfer } from '../domain/transfer';

const PREFIX = 'transfer:';

const props = () => PropertiesService.getUserProperties();

function parse(text: string | null | undefined): Transfer | null {
  if (!text) return null;
  try {
    const t: unknown = JSON.parse(text);
    return isTransfer(t) ? t : null;
  } catch {
    return null; // a damaged value is treated as absent rather than guessed at
  }
}

export function loadTransfer(courseId: string): Transfer | null {
  return parse(props().getProperty(PREFIX + courseId));
}

export function listTransfers(): Transfer[] {
  const all = props().getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .sort()
    .flatMap((k) => parse(all[k]) ?? []);
}

/** True while a transfer waits on Google or on a person: the hourly trigger must then exist. */
export function hasActiveTransfer(): boolean {
  return listTransfers().some((t) => !isFinished(t));
}

export function saveTransfer(t: Transfer): void {
  props().setProperty(PREFIX + t.courseId, JSON.stringify(t));
}

export function deleteTransfer(courseId: string): void {
  props().deleteProperty(PREFIX + courseId);
}
