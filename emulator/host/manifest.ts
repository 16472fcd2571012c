// Reads what the add-on host needs from appsscript.json: the homepage and contextual trigger functions of a host and
// the universal actions.

export type HostApp = 'GMAIL' | 'CALENDAR' | 'DRIVE' | 'DOCS' | 'SHEETS' | 'SLIDES';

interface TriggerJson {
  runFunction?: string;
  enabled?: boolean;
}

/** An editor's part of addOns: its homepage and the function run once the user grants drive.file for the file. */
interface EditorJson {
  homepageTrigger?: TriggerJson;
  onFileScopeGrantedTrigger?: { runFunction?: string };
}

/** The parts of the manifest the host reads; the rest of appsscript.json is allowed and ignored. */
export interface AddonManifest {
  timeZone?: string;
  oauthScopes?: string[];
  addOns?: {
    common?: {
      homepageTrigger?: TriggerJson;
      universalActions?: { label: string; runFunction?: string; openLink?: string }[];
    };
    gmail?: { homepageTrigger?: TriggerJson; contextualTriggers?: { onTriggerFunction?: string }[] };
    calendar?: { homepageTrigger?: TriggerJson };
    drive?: { homepageTrigger?: TriggerJson };
    docs?: EditorJson;
    sheets?: EditorJson;
    slides?: EditorJson;
  };
}

export type UniversalAction = { label: string; runFunction: string } | { label: string; openLink: string };

/** The homepage function for a host: the host's own homepageTrigger overrides the common one. */
export function homepageFunction(manifest: AddonManifest, host: HostApp): string {
  const addOns = manifest.addOns;
  if (!addOns) throw new Error('manifest: no addOns section');
  const hostKey = host.toLowerCase() as Lowercase<HostApp>;
  if (!(hostKey in addOns)) throw new Error(`manifest: the add-on does not extend ${host} (no addOns.${hostKey})`);
  const trigger = addOns[hostKey]?.homepageTrigger ?? addOns.common?.homepageTrigger;
  if (!trigger?.runFunction) throw new Error(`manifest: no homepageTrigger for ${host}`);
  if (trigger.enabled === false) throw new Error(`manifest: the homepageTrigger for ${host} is disabled`);
  return trigger.runFunction;
}

export type EditorHost = 'DOCS' | 'SHEETS' | 'SLIDES';

export function isEditorHost(host: HostApp): host is EditorHost {
  return host === 'DOCS' || host === 'SHEETS' || host === 'SLIDES';
}

/** The editor's onFileScopeGrantedTrigger function, or null when the manifest names none. */
export function fileScopeGrantedFunction(manifest: AddonManifest, host: EditorHost): string | null {
  const key = host.toLowerCase() as Lowercase<EditorHost>;
  return manifest.addOns?.[key]?.onFileScopeGrantedTrigger?.runFunction ?? null;
}

/** Gmail's unconditional contextual trigger (the only kind there is). */
export function contextualFunction(manifest: AddonManifest): string {
  const fn = manifest.addOns?.gmail?.contextualTriggers?.[0]?.onTriggerFunction;
  if (!fn) throw new Error('manifest: no addOns.gmail.contextualTriggers[].onTriggerFunction');
  return fn;
}

export function universalActions(manifest: AddonManifest): UniversalAction[] {
  return (manifest.addOns?.common?.universalActions ?? []).map((a) => {
    if (a.runFunction) return { label: a.label, runFunction: a.runFunction };
    if (a.openLink) return { label: a.label, openLink: a.openLink };
    throw new Error(`manifest: universal action "${a.label}" has neither runFunction nor openLink`);
  });
}
