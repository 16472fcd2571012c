// Typed card actions: the function name must be one of the entry points, so a typo fails the build.
import type { EntryPoint } from '../entry-points';

export type { EntryPoint };

export function action(fn: EntryPoint, params: Record<string, string> = {}): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction().setFunctionName(fn).setParameters(params);
}
