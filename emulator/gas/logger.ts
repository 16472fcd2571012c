// Logger and console: both write lines into the running execution's log (shown in the developer drawer).
import { inspect } from 'node:util';
import { formatString } from './utilities';
import type { ServiceContext } from './context';

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  // Errors of any realm print as "Name: message", like Apps Script's log.
  if (value !== null && typeof value === 'object' && 'stack' in value && 'message' in value) {
    const e = value as { name?: unknown; message: unknown };
    return `${typeof e.name === 'string' ? e.name : 'Error'}: ${String(e.message)}`;
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // circular: fall through to inspect
  }
  return inspect(value, { depth: 4 });
}

export function makeLogger(ctx: ServiceContext) {
  const lines: string[] = [];
  const logger = {
    /** Logger.log(data) or Logger.log(format, ...values) with %s-style placeholders. */
    log(data: unknown, ...values: unknown[]) {
      ctx.enter('Logger', 'log');
      const text = typeof data === 'string' && values.length > 0 ? formatString(data, values) : show(data);
      lines.push(text);
      ctx.logs.push(text);
      return logger;
    },
    getLog: () => lines.join('\n'),
    clear() {
      lines.length = 0;
    },
  };
  return logger;
}

/** console for the script: not traced as a service call, so tests' hooks are not disturbed by logging. */
export function makeConsole(ctx: ServiceContext) {
  const write =
    (prefix: string) =>
    (...args: unknown[]) => {
      ctx.logs.push(prefix + args.map(show).join(' '));
    };
  return {
    log: write(''),
    info: write(''),
    warn: write('WARNING: '),
    error: write('ERROR: '),
  };
}
