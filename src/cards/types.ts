// The CardService types every view and handler speaks, named once.
export type Card = GoogleAppsScript.Card_Service.Card;
export type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
export type UniversalActionResponse = GoogleAppsScript.Card_Service.UniversalActionResponse;
export type Navigation = GoogleAppsScript.Card_Service.Navigation;
export type ComposeActionResponse = GoogleAppsScript.Card_Service.ComposeActionResponse;
export type Section = GoogleAppsScript.Card_Service.CardSection;
export type Widget = GoogleAppsScript.Card_Service.Widget;
export type Action = GoogleAppsScript.Card_Service.Action;
export type TextButton = GoogleAppsScript.Card_Service.TextButton;
export type IconImage = GoogleAppsScript.Card_Service.IconImage;
