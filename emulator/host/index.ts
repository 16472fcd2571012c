// The add-on host: a side panel that opens the add-on, renders its cards, fills forms and clicks like a person.
export { AddonPanel, REQUIRED_FIELDS_MESSAGE } from './addon-panel';
export type {
  AddonManifest,
  AddonPanelOptions,
  Clickable,
  EditorFile,
  EntryRunner,
  HostApp,
  PanelSnapshot,
  StackKind,
} from './addon-panel';
