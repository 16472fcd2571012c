// Gmail drafts and CardService's ComposeActionResponseBuilder: GmailMessage.createDraftReply makes a draft (never
// sent), and an action set with setComposeAction returns it in a ComposeActionResponse for the host to open in
// Gmail's compose window. Kept apart from the card builders it does not share.
import type { ComposeResponseJson, DraftJson } from '../card-json';
import { BRAND } from './card-base';

const RESPONSE = 'ComposeActionResponse';
const BUILDER = 'ComposeActionResponseBuilder';
const DRAFT = Symbol.for('classroom-invitations.emulator.GmailDraft');

/** A GmailDraft (the methods an add-on needs), carrying its JSON for the response. */
export interface GmailDraftFake {
  readonly [DRAFT]: DraftJson;
  getId(): string;
  getMessageId(): string;
}

export function makeDraft(json: DraftJson): GmailDraftFake {
  return { [DRAFT]: { ...json }, getId: () => json.id, getMessageId: () => `${json.id}-msg` };
}

function draftOf(value: unknown): DraftJson | undefined {
  return value !== null && typeof value === 'object' ? (value as Partial<GmailDraftFake>)[DRAFT] : undefined;
}

export class ComposeActionResponse {
  readonly [BRAND] = RESPONSE;
  readonly #json: ComposeResponseJson;

  constructor(json: ComposeResponseJson) {
    this.#json = json;
  }

  get json(): ComposeResponseJson {
    return { kind: RESPONSE, draft: { ...this.#json.draft } };
  }

  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
}

export class ComposeActionResponseBuilder {
  readonly [BRAND] = BUILDER;
  private draft: DraftJson | undefined;

  setGmailDraft(draft: unknown): this {
    const json = draftOf(draft);
    if (!json) throw new Error('ComposeActionResponseBuilder.setGmailDraft: expected a GmailDraft');
    this.draft = json;
    return this;
  }

  build(): ComposeActionResponse {
    if (!this.draft) throw new Error('ComposeActionResponse: call setGmailDraft() before build()');
    return new ComposeActionResponse({ kind: RESPONSE, draft: this.draft });
  }
}

/** True for a built response (also one made by another copy of this module or crossing the vm boundary). */
export function isComposeResponse(value: unknown): value is ComposeActionResponse {
  return value !== null && typeof value === 'object' && (value as Record<symbol, unknown>)[BRAND] === RESPONSE;
}
