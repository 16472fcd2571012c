// The CardService types every view and handler speaks, named once.
export type Card = GoogleAppsScript.Card_Service.Card;
export type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
export type UniversalActionResponse = GoogleAppsScript.Card_Service.UniversalActionResponse;
export type Navigation = GoogleAppsScript.Card_Service.Navigation;
export type ComposeActionResponse = GoogleAppsScript.Card_Service.ComposeActionResponse;
