// The one circuit breaker, in the user's properties so every execution sees it: a storm that paused a plan in a
// click is remembered by the hourly run, which then sends one small probe step before sending more (app/engine.ts).
const KEY = 'breaker';

const props = () => PropertiesService.getUserProperties();

/** Whether Classroom failed everything lately (no step has got anything done since). */
export function breakerOpen(): boolean {
  return props().getProperty(KEY) !== null;
}

export function openBreaker(reason: string): void {
  props().setProperty(KEY, JSON.stringify({ at: Date.now(), reason }));
}

/** A step got something done: Classroom answers again. A read first, so a calm run writes nothing. */
export function closeBreaker(): void {
  if (breakerOpen()) props().deleteProperty(KEY);
}
