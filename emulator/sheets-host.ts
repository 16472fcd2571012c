// The Sheets host on a runtime: a side panel whose executions see one spreadsheet as the active file, and whose
// file-access requests record the user's grant in the runtime's state. What tests and the preview open Sheets with.
import type { AppsScriptRuntime } from './gas/runtime';
import { AddonPanel, type AddonManifest, type AddonPanelOptions } from './host/addon-panel';

export interface SheetsPanelOptions extends Omit<AddonPanelOptions, 'host' | 'editorFile' | 'manifest' | 'now'> {
  /** The spreadsheet open in the editor (seeded with `runtime.seedSpreadsheet`). */
  spreadsheetId: string;
  /** Default: the runtime's own manifest (the bundle's appsscript.json). */
  manifest?: AddonManifest;
}

/** A Sheets side panel for `opts.user` on the spreadsheet; call openHomepage() to open the add-on. */
export function sheetsPanel(runtime: AppsScriptRuntime, opts: SheetsPanelOptions): AddonPanel {
  const { spreadsheetId, manifest, ...rest } = opts;
  const editorFile = runtime.editorFile(opts.user, spreadsheetId);
  return new AddonPanel(
    (fn, event, user) =>
      runtime.run(fn, event, user, { kind: 'ui', locale: opts.locale ?? 'en', activeSpreadsheet: spreadsheetId }),
    {
      ...rest,
      host: 'SHEETS',
      manifest: manifest ?? (runtime.manifest as AddonManifest),
      now: () => runtime.clock.now(),
      editorFile,
    },
  );
}
