// The multipart/mixed format of Google batch requests (https://developers.google.com/classroom/best-practices/batch):
// pure text building and parsing, so the batch transport is tested byte for byte.

export interface PartRequest {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  /** Path and query only, e.g. /v1/invitations?courseId=1 (the batch endpoint's host applies). */
  path: string;
  body?: unknown;
}

export interface PartResponse {
  status: number;
  body: unknown;
}

/** Google allows at most 50 calls in one batch request. */
export const MAX_BATCH_PARTS = 50;

const CRLF = '\r\n';

export function buildBatchBody(parts: readonly PartRequest[], boundary: string): string {
  if (parts.length === 0 || parts.length > MAX_BATCH_PARTS) throw new RangeError(`batch of ${parts.length} parts`);
  const chunks = parts.map((part, i) => {
    const lines = [
      `--${boundary}`,
      'Content-Type: application/http',
      `Content-ID: <item${i + 1}>`,
      '',
      `${part.method} ${part.path} HTTP/1.1`,
    ];
    if (part.body === undefined) lines.push('', '');
    else lines.push('Content-Type: application/json; charset=UTF-8', '', JSON.stringify(part.body));
    return lines.join(CRLF);
  });
  return `${chunks.join(CRLF)}${CRLF}--${boundary}--`;
}

export function boundaryOf(contentType: string): string | undefined {
  return /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
}

function splitHead(text: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}

/** A JSON answer; one that is not JSON reads as a 502 error body carrying its start. */
export function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) return {};
  try {
    return JSON.parse(trimmed);
  } catch {
    return { error: { code: 502, message: trimmed.slice(0, 200) } };
  }
}

/** One result per request, in order (by Content-ID when present); a missing part is status 0, so it is retried. */
export function parseBatchResponse(body: string, contentType: string, count: number): PartResponse[] {
  const out: PartResponse[] = Array.from({ length: count }, () => ({ status: 0, body: {} }));
  const boundary = boundaryOf(contentType);
  if (!boundary) return out;
  const parts = body.split(`--${boundary}`).slice(1);
  parts.forEach((raw, position) => {
    if (raw.startsWith('--')) return; // closing delimiter
    const [outerHead, http] = splitHead(raw.replace(/^\r?\n/, ''));
    const id = /Content-ID:\s*<?response-item(\d+)>?/i.exec(outerHead)?.[1];
    const index = id ? Number(id) - 1 : position;
    const [statusHead, payload] = splitHead(http);
    const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(statusHead.trim())?.[1] ?? 0);
    if (index >= 0 && index < count) out[index] = { status, body: parseJson(payload) };
  });
  return out;
}
