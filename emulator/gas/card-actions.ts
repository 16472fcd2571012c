// What a click does: Action (a global function to run), OpenLink, and the base class of every clickable builder.
// Also the icon builders, because buttons and decorated text share them.
import type { ActionJson, IconJson, OnClickJson } from '../card-json';
import {
  BRAND,
  Branded,
  expectBoolean,
  expectEnum,
  expectKind,
  expectString,
  invalidArgument,
  kindOf,
  describe,
} from './card-base';
import { ComposedEmailType, Icon, LoadIndicator, OnClose, OpenAs } from './card-enums';

/** Apps Script global function names: what Action.setFunctionName can name. */
const FUNCTION_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

export class Action extends Branded {
  readonly [BRAND] = 'Action' as const;
  private functionName: string | undefined;
  private parameters: { key: string; value: string }[] = [];
  private loadIndicator: 'SPINNER' | 'NONE' | undefined;
  private persistValues: boolean | undefined;
  private requiredWidgets: string[] = [];
  private allWidgetsAreRequired: boolean | undefined;

  setFunctionName(functionName: unknown): this {
    const name = expectString('Action.setFunctionName', functionName);
    if (!FUNCTION_NAME.test(name)) {
      throw invalidArgument('Action.setFunctionName', `${JSON.stringify(name)} is not a function name`);
    }
    this.functionName = name;
    return this;
  }

  /** Apps Script only accepts string values here; numbers or objects are an error, not a silent coercion. */
  setParameters(parameters: unknown): this {
    if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) {
      throw invalidArgument('Action.setParameters', `expected an object of strings, got ${describe(parameters)}`);
    }
    const entries: { key: string; value: string }[] = [];
    for (const [key, value] of Object.entries(parameters)) {
      if (typeof value !== 'string') {
        throw invalidArgument(
          'Action.setParameters',
          `parameter ${JSON.stringify(key)} must be a string, got ${describe(value)} (serialise it with JSON.stringify)`,
        );
      }
      entries.push({ key, value });
    }
    this.parameters = entries;
    return this;
  }

  setLoadIndicator(loadIndicator: unknown): this {
    this.loadIndicator = expectEnum('Action.setLoadIndicator', loadIndicator, LoadIndicator);
    return this;
  }

  setPersistValues(persistValues: unknown): this {
    this.persistValues = expectBoolean('Action.setPersistValues', persistValues);
    return this;
  }

  addRequiredWidget(requiredWidget: unknown): this {
    const name = expectString('Action.addRequiredWidget', requiredWidget);
    if (name === '') throw invalidArgument('Action.addRequiredWidget', 'the widget name is empty');
    this.requiredWidgets.push(name);
    return this;
  }

  setAllWidgetsAreRequired(allWidgetsAreRequired: unknown): this {
    this.allWidgetsAreRequired = expectBoolean('Action.setAllWidgetsAreRequired', allWidgetsAreRequired);
    return this;
  }

  /** Chat-only in Apps Script; accepted and ignored so shared code does not crash. */
  setInteraction(_interaction: unknown): this {
    return this;
  }

  /** `where` names the widget that holds the action, for the error Apps Script raises when the card is built. */
  toJson(where: string): ActionJson {
    if (this.functionName === undefined) {
      throw new Error(`${where}: the Action has no function name (call setFunctionName)`);
    }
    const json: ActionJson = { function: this.functionName, parameters: this.parameters.map((p) => ({ ...p })) };
    if (this.loadIndicator !== undefined) json.loadIndicator = this.loadIndicator;
    if (this.persistValues !== undefined) json.persistValues = this.persistValues;
    if (this.requiredWidgets.length > 0) json.requiredWidgets = [...this.requiredWidgets];
    if (this.allWidgetsAreRequired !== undefined) json.allWidgetsAreRequired = this.allWidgetsAreRequired;
    return json;
  }
}

export type OpenLinkJson = NonNullable<OnClickJson['openLink']>;

export class OpenLink extends Branded {
  readonly [BRAND] = 'OpenLink' as const;
  private url: string | undefined;
  private openAs: 'FULL_SIZE' | 'OVERLAY' | undefined;
  private onClose: 'NOTHING' | 'RELOAD' | undefined;

  setUrl(url: unknown): this {
    const text = expectString('OpenLink.setUrl', url);
    if (!/^https?:\/\//i.test(text)) throw invalidArgument('OpenLink.setUrl', `${JSON.stringify(text)} is not a URL`);
    this.url = text;
    return this;
  }

  setOpenAs(openAs: unknown): this {
    this.openAs = expectEnum('OpenLink.setOpenAs', openAs, OpenAs);
    return this;
  }

  setOnClose(onClose: unknown): this {
    // RELOAD_ADD_ON is the old name of RELOAD.
    const value = expectEnum('OpenLink.setOnClose', onClose, OnClose);
    this.onClose = value === 'NOTHING' ? 'NOTHING' : 'RELOAD';
    return this;
  }

  toJson(where: string): OpenLinkJson {
    if (this.url === undefined) throw new Error(`${where}: the OpenLink has no URL (call setUrl)`);
    const json: OpenLinkJson = { url: this.url };
    if (this.openAs !== undefined) json.openAs = this.openAs;
    if (this.onClose !== undefined) json.onClose = this.onClose;
    return json;
  }
}

/**
 * Base of every builder with an on-click (buttons, decorated text, images, grids, card actions): its setters, and
 * the rule that it holds an action or a link, never both (Apps Script rejects the second one). Error messages name
 * the method as `<kind>.<method>`, after the builder's brand.
 */
export abstract class ClickableBuilder extends Branded {
  private onClick: Action | OpenLink | undefined;
  private composedEmailType: 'REPLY_AS_DRAFT' | 'STANDALONE_DRAFT' | undefined;

  /** Gmail: an action whose response is a ComposeActionResponse; the host opens the draft it carries. */
  setComposeAction(action: unknown, composedEmailType: unknown): this {
    this.setClick('setComposeAction', 'Action', action);
    this.composedEmailType = expectEnum(`${this[BRAND]}.setComposeAction`, composedEmailType, ComposedEmailType);
    return this;
  }

  setOnClickAction(action: unknown): this {
    return this.setClick('setOnClickAction', 'Action', action);
  }

  setOpenLink(openLink: unknown): this {
    return this.setClick('setOpenLink', 'OpenLink', openLink);
  }

  /** An action whose response must be an OpenLink; the host treats it as a plain action. */
  setOnClickOpenLinkAction(action: unknown): this {
    return this.setClick('setOnClickOpenLinkAction', 'Action', action);
  }

  /** The recorded on-click, or undefined when none was set; `where` names the builder in build-time errors. */
  protected onClickJson(where: string): OnClickJson | undefined {
    if (this.onClick === undefined) return undefined;
    return kindOf(this.onClick) === 'Action'
      ? {
          action: {
            ...(this.onClick as Action).toJson(where),
            ...(this.composedEmailType ? { composedEmailType: this.composedEmailType } : {}),
          },
        }
      : { openLink: (this.onClick as OpenLink).toJson(where) };
  }

  private setClick(setter: string, kind: 'Action' | 'OpenLink', value: unknown): this {
    const method = `${this[BRAND]}.${setter}`;
    const click = expectKind<Action | OpenLink>(method, value, kind);
    if (this.onClick !== undefined && kindOf(this.onClick) !== kind) {
      throw invalidArgument(
        method,
        `${this[BRAND]} already has an ${kindOf(this.onClick)}; set either an Action or an OpenLink`,
      );
    }
    this.onClick = click;
    return this;
  }
}

export class MaterialIcon extends Branded {
  readonly [BRAND] = 'MaterialIcon' as const;
  name: string | undefined;

  setName(name: unknown): this {
    this.name = expectString('MaterialIcon.setName', name);
    return this;
  }

  /** Rendering details the preview ignores. */
  setFill(_fill: unknown): this {
    return this;
  }

  setWeight(_weight: unknown): this {
    return this;
  }

  setGrade(_grade: unknown): this {
    return this;
  }

  toJson(where: string): { name: string } {
    if (this.name === undefined) throw new Error(`${where}: the MaterialIcon has no name (call setName)`);
    return { name: this.name };
  }
}

export class IconImage extends Branded {
  readonly [BRAND] = 'IconImage' as const;
  private icon: IconJson = {};

  setIcon(icon: unknown): this {
    this.icon = { ...this.bare(), knownIcon: expectEnum('IconImage.setIcon', icon, Icon) };
    return this;
  }

  setIconUrl(url: unknown): this {
    this.icon = { ...this.bare(), iconUrl: expectString('IconImage.setIconUrl', url) };
    return this;
  }

  setMaterialIcon(icon: unknown): this {
    const material = expectKind<MaterialIcon>('IconImage.setMaterialIcon', icon, 'MaterialIcon');
    this.icon = { ...this.bare(), materialIcon: material.toJson('IconImage.setMaterialIcon') };
    return this;
  }

  setAltText(altText: unknown): this {
    this.icon.altText = expectString('IconImage.setAltText', altText);
    return this;
  }

  setImageCropType(_imageCropType: unknown): this {
    return this;
  }

  toJson(where: string): IconJson {
    if (!this.icon.knownIcon && !this.icon.iconUrl && !this.icon.materialIcon) {
      throw new Error(`${where}: the IconImage has no icon (call setIcon, setIconUrl or setMaterialIcon)`);
    }
    return { ...this.icon };
  }

  /** The three icon sources are one oneof: setting one clears the others, the alt text stays. */
  private bare(): IconJson {
    return this.icon.altText === undefined ? {} : { altText: this.icon.altText };
  }
}

/** Accepts what Apps Script's icon setters accept: an IconImage, a MaterialIcon or an Icon enum value. */
export function iconFrom(method: string, icon: unknown): IconJson {
  const kind = kindOf(icon);
  if (kind === 'IconImage') return (icon as IconImage).toJson(method);
  if (kind === 'MaterialIcon') return { materialIcon: (icon as MaterialIcon).toJson(method) };
  return { knownIcon: expectEnum(method, icon, Icon) };
}
