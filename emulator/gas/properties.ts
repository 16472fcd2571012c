// PropertiesService: per-user and shared key/value stores with Apps Script's size limits and read/write counters.
import { deleteOwn, getOwn, setOwn, statsFor, type ServiceContext } from './context';

/** 9 KB per value and 500 KB per store (keys + values), in UTF-8 bytes. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface Properties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: unknown): Properties;
  setProperties(values: Record<string, unknown>, deleteAllOthers?: boolean): Properties;
  getProperties(): Record<string, string>;
  getKeys(): string[];
  deleteProperty(key: string): Properties;
  deleteAllProperties(): Properties;
}

function storeBytes(store: Record<string, string>): number {
  let total = 0;
  for (const [k, v] of Object.entries(store)) total += Buffer.byteLength(k) + Buffer.byteLength(v);
  return total;
}

function makeProperties(
  ctx: ServiceContext,
  store: () => Record<string, string>,
  replace: (s: Record<string, string>) => void,
): Properties {
  const stats = () => statsFor(ctx.state, ctx.user.id);
  const read = (method: string) => {
    ctx.enter('Properties', method);
    stats().propertyReads++;
  };
  const write = (method: string) => {
    ctx.enter('Properties', method);
    stats().propertyWrites++;
  };
  const checkKey = (key: unknown): string => {
    if (typeof key !== 'string' || key === '') throw ctx.fail('Invalid argument: key');
    return key;
  };
  /** Validates the would-be store first, so a failing write changes nothing. */
  const commit = (next: Record<string, string>) => {
    for (const v of Object.values(next)) {
      if (Buffer.byteLength(v) > PROPERTY_VALUE_LIMIT) throw ctx.fail('Argument too large: value');
    }
    if (storeBytes(next) > PROPERTY_STORE_LIMIT) throw ctx.fail(QUOTA_MESSAGE);
    replace(next);
  };
  const copy = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(store())) setOwn(out, k, v);
    return out;
  };

  const self: Properties = {
    getProperty(key) {
      read('getProperty');
      return getOwn(store(), checkKey(key)) ?? null;
    },
    setProperty(key, value) {
      write('setProperty');
      const next = copy();
      setOwn(next, checkKey(key), String(value));
      commit(next);
      return self;
    },
    setProperties(values, deleteAllOthers = false) {
      write('setProperties');
      if (values === null || typeof values !== 'object') throw ctx.fail('Invalid argument: properties');
      const next = deleteAllOthers ? {} : copy();
      for (const [k, v] of Object.entries(values)) setOwn(next, checkKey(k), String(v));
      commit(next);
      return self;
    },
    getProperties() {
      read('getProperties');
      return copy();
    },
    getKeys() {
      read('getKeys');
      return Object.keys(store());
    },
    deleteProperty(key) {
      write('deleteProperty');
      const next = copy();
      deleteOwn(next, checkKey(key));
      replace(next);
      return self;
    },
    deleteAllProperties() {
      write('deleteAllProperties');
      replace({});
      return self;
    },
  };
  return self;
}

export function makePropertiesService(ctx: ServiceContext) {
  const props = ctx.state.properties;
  return {
    getUserProperties: (): Properties =>
      makeProperties(
        ctx,
        () => getOwn(props.user, ctx.user.id) ?? {},
        (s) => {
          setOwn(props.user, ctx.user.id, s);
        },
      ),
    getScriptProperties: (): Properties =>
      makeProperties(
        ctx,
        () => props.script,
        (s) => {
          props.script = s;
        },
      ),
    /** No document: the add-on runs in Gmail/Calendar/Drive without a bound container. */
    getDocumentProperties: (): null => null,
  };
}
