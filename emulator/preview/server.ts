// The local preview (`npm start`): a plain node:http server with a small JSON API over the preview engine, and the
// static page in public/ that renders the add-on's cards like the Workspace side panel.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { WorldSeed } from '../types';
import { DEMO_SCHOOL_PATH } from '../worlds';
import { PreviewInputError } from './api-types';
import type { PreviewEngine } from './api-types';
import {
  parseActionBody,
  parseClockAdvance,
  parseFileScopeAnswer,
  parseFormValues,
  parseMessageId,
  parseSelection,
  requireObject,
  requireString,
} from './validate';

export const DEFAULT_SEED_PATH = DEMO_SCHOOL_PATH;
export const DEFAULT_STATE_PATH = '.preview/state.json';
const PUBLIC_DIR = resolve(__dirname, 'public');
const MAX_BODY_BYTES = 1_000_000;

export interface PreviewOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (the preview runs code as anyone of the school: keep it local). */
  host?: string;
  /** A WorldSeed or the path of a JSON file holding one. Default: the demo school. */
  seed?: WorldSeed | string;
  /** Where the emulator state persists; null keeps it in memory. Default .preview/state.json. */
  statePath?: string | null;
  /** Start from the seed even when a saved state exists. */
  reset?: boolean;
  bundleDir?: string;
  latencyMs?: number;
  /** Use this engine instead of the emulator (tests of the server and the renderer). */
  engine?: PreviewEngine;
  log?: (line: string) => void;
}

export interface RunningPreview {
  url: string;
  engine: PreviewEngine;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function loadSeed(seed: WorldSeed | string | undefined): WorldSeed {
  if (seed !== undefined && typeof seed !== 'string') return seed;
  const path = seed ?? DEFAULT_SEED_PATH;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const obj = parsed as Partial<WorldSeed> | null;
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.users) || !Array.isArray(obj.courses)) {
    throw new Error(`${path} is not a world seed (see docs/preview.md): it needs at least "users" and "courses".`);
  }
  return {
    domain: '',
    trustedDomains: [],
    untrustedDomains: [],
    invitations: [],
    messages: [],
    ...obj,
  } as WorldSeed;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

async function serveStatic(res: ServerResponse, urlPath: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    throw new HttpError(400, 'Malformed URL.');
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = resolve(PUBLIC_DIR, relative);
  if (!file.startsWith(PUBLIC_DIR + sep)) throw new HttpError(404, 'Not found.');
  const type = CONTENT_TYPES[extname(file)];
  if (type === undefined) throw new HttpError(404, 'Not found.');
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    throw new HttpError(404, 'Not found.');
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(data);
}

type Route = (body: unknown) => unknown;

function routes(engine: PreviewEngine): Record<string, Route> {
  return {
    'GET /api/state': () => engine.state(),
    'GET /api/drawer': () => engine.drawer(),
    'GET /api/messages': () => engine.messages(),
    'GET /api/users': () => engine.users(),
    'POST /api/open': (body) => engine.open(parseSelection(body, engine.state().selection)),
    'POST /api/message': (body) => engine.message(parseMessageId(body)),
    'POST /api/action': (body) => {
      const { action, formValues } = parseActionBody(body);
      return engine.action(action, formValues);
    },
    'POST /api/form': (body) => engine.form(parseFormValues(requireObject(body).formValues)),
    'POST /api/universal': (body) => engine.universal(requireString(requireObject(body), 'label', 200)),
    'POST /api/back': () => engine.back(),
    'POST /api/file-scope': (body) => {
      if (!engine.fileScope) throw new HttpError(404, 'This preview has no editor file to grant.');
      return engine.fileScope(parseFileScopeAnswer(body));
    },
    'POST /api/close-draft': () => {
      if (!engine.closeDraft) throw new HttpError(404, 'This preview has no compose window.');
      return engine.closeDraft();
    },
    'POST /api/trigger/run': (body) => engine.runTrigger(requireString(requireObject(body), 'id', 200)),
    'POST /api/clock/advance': (body) => engine.advanceClock(parseClockAdvance(body)),
  };
}

/**
 * The API runs code as anyone of the school, so only the preview's own page may drive it: a web page open in the same
 * browser must not. Every API request must name the preview itself in Host (a loopback name or the --host given, with
 * its port: this defeats DNS rebinding), and every POST must come from that origin (Origin and Sec-Fetch-Site, when
 * the client sends them; browsers do on every cross-site POST) as JSON (a cross-site HTML form cannot send
 * application/json, and a cross-site fetch that does is preflighted, which this server never allows).
 */
function checkSameOrigin(req: IncomingMessage, method: string, hosts: ReadonlySet<string>): void {
  if (!hosts.has((req.headers.host ?? '').toLowerCase()))
    throw new HttpError(403, 'The preview API answers only requests addressed to the preview itself.');
  if (method !== 'POST') return;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (
    (origin !== undefined && !hosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) ||
    (site !== undefined && site !== 'same-origin' && site !== 'none')
  )
    throw new HttpError(403, 'The preview API accepts requests from its own page only.');
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
    throw new HttpError(403, 'The preview API accepts JSON requests only (Content-Type: application/json).');
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  table: Record<string, Route>,
  hosts: ReadonlySet<string>,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://preview').pathname;
  if (!path.startsWith('/api/')) {
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'Method not allowed.');
    await serveStatic(res, path);
    return;
  }
  checkSameOrigin(req, method, hosts);
  const route = table[`${method} ${path}`];
  if (route === undefined) {
    const known = Object.keys(table).some((k) => k.endsWith(` ${path}`));
    throw new HttpError(known ? 405 : 404, known ? 'Method not allowed.' : `No API route ${path}.`);
  }
  const body = method === 'POST' ? await readBody(req) : undefined;
  sendJson(res, 200, route(body));
}

export async function startPreview(opts: PreviewOptions = {}): Promise<RunningPreview> {
  const log = opts.log ?? (() => undefined);
  let engine = opts.engine;
  if (engine === undefined) {
    // Loaded on demand: a test that brings its own engine does not need the emulator or a built bundle.
    const { EmulatorEngine } = await import('./engine');
    engine = new EmulatorEngine({
      seed: loadSeed(opts.seed),
      statePath: opts.statePath === undefined ? DEFAULT_STATE_PATH : opts.statePath,
      reset: opts.reset,
      bundleDir: opts.bundleDir,
      latencyMs: opts.latencyMs,
      log,
    });
  }
  const table = routes(engine);
  const host = opts.host ?? '127.0.0.1';
  /** host:port values that name this server; filled once it listens (a port of 0 is chosen then). */
  const hosts = new Set<string>();
  const server = createServer((req, res) => {
    handle(req, res, table, hosts).catch((err: unknown) => {
      if (err instanceof HttpError) sendJson(res, err.status, { error: err.message });
      else if (err instanceof PreviewInputError) sendJson(res, 400, { error: err.message });
      else {
        log(`preview: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        sendJson(res, 500, { error: err instanceof Error ? err.message : String(err) });
      }
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const wildcard = host === '0.0.0.0' || host === '::';
  for (const name of [
    'localhost',
    '127.0.0.1',
    '[::1]',
    ...(wildcard ? [] : [host.includes(':') ? `[${host}]` : host]),
  ])
    hosts.add(`${name.toLowerCase()}:${port}`);
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${port}`,
    engine,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          resolveClose();
        });
      }),
  };
}

const USAGE = `Usage: npm start -- [--port 8080] [--host 127.0.0.1] [--seed FILE] [--state FILE] [--reset]
  --port   port to listen on (env PORT; default 8080; 0 = any free port)
  --host   interface to listen on (default 127.0.0.1)
  --seed   a world seed JSON file (default emulator/worlds/demo-school.json; format in docs/preview.md)
  --state  where the emulator state persists (default .preview/state.json)
  --reset  ignore the saved state and start from the seed`;

export async function main(argv: string[]): Promise<RunningPreview | null> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      state: { type: 'string' },
      reset: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  const portText = values.port ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${portText}`);
  const preview = await startPreview({
    port,
    host: values.host,
    seed: values.seed,
    statePath: values.state ?? DEFAULT_STATE_PATH,
    reset: values.reset,
    log: (line) => {
      console.error(line);
    },
  });
  console.log(`Classroom Invitations preview: ${preview.url}`);
  return preview;
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then((preview) => {
      if (preview === null) return;
      const stop = () => {
        void preview.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      console.error(USAGE);
      process.exit(1);
    });
}
