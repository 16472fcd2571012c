// CardService enums as frozen string-valued objects: CardService.TextButtonStyle.FILLED === 'FILLED', so recorded
// card JSON carries readable names and setters can reject anything that is not a member.

function enumOf<const T extends string>(...names: T[]): Readonly<Record<T, T>> {
  const out = {} as Record<T, T>;
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

export const TextButtonStyle = enumOf('OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS');
export const SelectionInputType = enumOf('CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT');
export const LoadIndicator = enumOf('SPINNER', 'NONE');
export const ImageStyle = enumOf('SQUARE', 'CIRCLE');
export const DisplayStyle = enumOf('PEEK', 'REPLACE');
export const OpenAs = enumOf('FULL_SIZE', 'OVERLAY');
export const OnClose = enumOf('NOTHING', 'RELOAD', 'RELOAD_ADD_ON');
export const SwitchControlType = enumOf('SWITCH', 'CHECK_BOX');
export const ImageCropType = enumOf('SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3');
export const GridItemLayout = enumOf('TEXT_BELOW', 'TEXT_ABOVE');
export const HorizontalAlignment = enumOf('START', 'CENTER', 'END');
export const BorderType = enumOf('NO_BORDER', 'STROKE');
export const Interaction = enumOf('INTERACTION_UNSPECIFIED', 'OPEN_DIALOG');
export const ComposedEmailType = enumOf('REPLY_AS_DRAFT', 'STANDALONE_DRAFT');
export const ContentType = enumOf('TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML');
export const InputType = enumOf('TEXT', 'INTEGER', 'FLOAT', 'EMAIL');
export const UpdateDraftBodyType = enumOf('IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END');
export const Icon = enumOf(
  'NONE',
  'AIRPLANE',
  'BOOKMARK',
  'BUS',
  'CAR',
  'CLOCK',
  'CONFIRMATION_NUMBER_ICON',
  'DOLLAR',
  'DESCRIPTION',
  'EMAIL',
  'EVENT_PERFORMER',
  'EVENT_SEAT',
  'FLIGHT_ARRIVAL',
  'FLIGHT_DEPARTURE',
  'HOTEL',
  'HOTEL_ROOM_TYPE',
  'INVITE',
  'MAP_PIN',
  'MEMBERSHIP',
  'MULTIPLE_PEOPLE',
  'OFFER',
  'PERSON',
  'PHONE',
  'RESTAURANT_ICON',
  'SHOPPING_CART',
  'STAR',
  'STORE',
  'TICKET',
  'TRAIN',
  'VIDEO_CAMERA',
  'VIDEO_PLAY',
);

/** Every enum, as the CardService global exposes them. */
export const cardEnums = {
  BorderType,
  ComposedEmailType,
  ContentType,
  DisplayStyle,
  GridItemLayout,
  HorizontalAlignment,
  Icon,
  ImageCropType,
  ImageStyle,
  InputType,
  Interaction,
  LoadIndicator,
  OnClose,
  OpenAs,
  SelectionInputType,
  SwitchControlType,
  TextButtonStyle,
  UpdateDraftBodyType,
};
