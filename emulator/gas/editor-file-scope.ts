// CardService's EditorFileScopeActionResponseBuilder: the response an editor add-on (Docs, Sheets, Slides) returns
// from an action to ask the user for drive.file access to the open file. The host shows the consent dialog and, once
// granted, runs the manifest's onFileScopeGrantedTrigger. Kept apart from the card builders it does not share.
import type { EditorFileScopeResponseJson } from '../card-json';
import { BRAND } from './card-base';

const RESPONSE = 'EditorFileScopeActionResponse';
const BUILDER = 'EditorFileScopeActionResponseBuilder';

/** A built EditorFileScopeActionResponse: JSON fixed at build(). */
export class EditorFileScopeActionResponse {
  readonly [BRAND] = RESPONSE;
  readonly #json: EditorFileScopeResponseJson;

  constructor(json: EditorFileScopeResponseJson) {
    this.#json = json;
  }

  get json(): EditorFileScopeResponseJson {
    return { ...this.#json };
  }

  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
}

export class EditorFileScopeActionResponseBuilder {
  readonly [BRAND] = BUILDER;
  private requested = false;

  /** Asks the editor to request drive.file for the active document (the manifest must declare drive.file). */
  requestFileScopeForActiveDocument(): this {
    this.requested = true;
    return this;
  }

  build(): EditorFileScopeActionResponse {
    // Assumption: Google documents no other content, so an empty response is refused like an empty ActionResponse.
    if (!this.requested) {
      throw new Error('EditorFileScopeActionResponse: call requestFileScopeForActiveDocument() before build()');
    }
    return new EditorFileScopeActionResponse({ kind: RESPONSE, requestFileScopeForActiveDocument: true });
  }
}

/** True for a built response (also one made by another copy of this module or crossing the vm boundary). */
export function isEditorFileScopeResponse(value: unknown): value is EditorFileScopeActionResponse {
  return value !== null && typeof value === 'object' && (value as Record<symbol, unknown>)[BRAND] === RESPONSE;
}
