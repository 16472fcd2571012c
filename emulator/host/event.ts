// Builds the event object the host passes to an add-on function, as Google does: the commonEventObject, the host's
// own object (gmail), and the deprecated Gmail add-on fields that Apps Script still fills for old code.
import { messageAccessToken } from '../gas/gmail';
import { timeZoneOffsetMs } from '../gas/utilities';
import { formInputs, isEmpty, type FormValues } from './form-state';
import { isEditorHost, type HostApp } from './manifest';

export interface OpenMessage {
  messageId: string;
  threadId: string;
}

export interface EventContext {
  host: HostApp;
  locale: string;
  timeZone: string;
  /** Virtual time of the event, for the time zone offset (daylight saving). */
  nowMs: number;
  /** The open Gmail message, when the contextual card is shown. */
  message?: OpenMessage | undefined;
  /** The file open in an editor host (Docs, Sheets, Slides) and whether the add-on was granted drive.file for it. */
  editorFile?: { id: string; title: string; granted: boolean } | undefined;
  /** Present for widget actions only. */
  action?: { parameters: Record<string, string>; values: FormValues } | undefined;
}

// One definition of the token: the Gmail fake accepts exactly what the host hands out.
export { messageAccessToken };
// Utilities.formatDate and the event's timeZone.offset read the zone the same way.
export { timeZoneOffsetMs };

export function buildEvent(ctx: EventContext): Record<string, unknown> {
  const offset = timeZoneOffsetMs(ctx.timeZone, ctx.nowMs);
  const common: Record<string, unknown> = {
    hostApp: ctx.host,
    platform: 'WEB',
    userLocale: ctx.locale,
    timeZone: { id: ctx.timeZone, offset },
  };
  const event: Record<string, unknown> = {
    commonEventObject: common,
    // Deprecated Gmail add-on fields: Google still sends them (hostApp in lower case, the offset as a string).
    clientPlatform: 'web',
    hostApp: ctx.host.toLowerCase(),
    userLocale: ctx.locale,
    userTimezone: { id: ctx.timeZone, offset: String(offset) },
  };
  if (ctx.message) {
    const accessToken = messageAccessToken(ctx.message.messageId);
    event.gmail = { messageId: ctx.message.messageId, threadId: ctx.message.threadId, accessToken };
    event.messageMetadata = { messageId: ctx.message.messageId, accessToken };
  }
  if (ctx.editorFile && isEditorHost(ctx.host)) {
    // Google's editor event object: id and title only once the user granted drive.file for this file.
    const { id, title, granted } = ctx.editorFile;
    event[ctx.host.toLowerCase()] = granted
      ? { id, title, addonHasFileScopePermission: true }
      : { addonHasFileScopePermission: false };
  }
  if (ctx.action) {
    const { parameters, values } = ctx.action;
    if (Object.keys(parameters).length > 0) common.parameters = { ...parameters };
    const inputs = formInputs(values);
    if (Object.keys(inputs).length > 0) common.formInputs = inputs;
    event.parameters = { ...parameters };
    const formInput: Record<string, string> = {};
    const legacyInputs: Record<string, string[]> = {};
    for (const [name, list] of Object.entries(values)) {
      if (isEmpty(list)) continue;
      formInput[name] = list[0] ?? '';
      legacyInputs[name] = [...list];
    }
    event.formInput = formInput;
    event.formInputs = legacyInputs;
  }
  return event;
}
