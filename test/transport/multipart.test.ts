// Batch request bodies and responses in Google's multipart/mixed format.
import { boundaryOf, buildBatchBody, parseBatchResponse } from '../../src/transport/http';

describe('multipart', () => {
  it('builds one application/http part per call, with path-only request lines and JSON bodies', () => {
    const body = buildBatchBody(
      [
        { method: 'POST', path: '/v1/invitations', body: { userId: 'a@x.org', courseId: '1', role: 'STUDENT' } },
        { method: 'GET', path: '/v1/userProfiles/me' },
      ],
      'B',
    );
    expect(body.split('\r\n--B').length).toBe(3);
    expect(body).toContain(
      'Content-ID: <item1>\r\n\r\nPOST /v1/invitations HTTP/1.1\r\nContent-Type: application/json',
    );
    expect(body).toContain('GET /v1/userProfiles/me HTTP/1.1');
    expect(body.endsWith('--B--')).toBe(true);
  });

  it('refuses an empty batch and more than 50 calls', () => {
    expect(() => buildBatchBody([], 'B')).toThrow(RangeError);
    expect(() =>
      buildBatchBody(
        Array.from({ length: 51 }, () => ({ method: 'GET' as const, path: '/' })),
        'B',
      ),
    ).toThrow(RangeError);
  });

  it('reads each part by its Content-ID, whatever the order, and marks missing parts for a retry', () => {
    const res = [
      '--R',
      'Content-Type: application/http',
      'Content-ID: <response-item2>',
      '',
      'HTTP/1.1 409 Conflict',
      'Content-Type: application/json',
      '',
      '{"error":{"code":409,"status":"ALREADY_EXISTS","message":"exists"}}',
      '--R',
      'Content-Type: application/http',
      'Content-ID: <response-item1>',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{"id":"i1"}',
      '--R--',
    ].join('\r\n');
    const parts = parseBatchResponse(res, 'multipart/mixed; boundary=R', 3);
    expect(parts[0]).toEqual({ status: 200, body: { id: 'i1' } });
    expect(parts[1]!.status).toBe(409);
    expect(parts[2]).toEqual({ status: 0, body: {} });
  });

  it('finds the boundary, quoted or not', () => {
    expect(boundaryOf('multipart/mixed; boundary="batch_x"')).toBe('batch_x');
    expect(boundaryOf('multipart/mixed; boundary=batch_y')).toBe('batch_y');
    expect(boundaryOf('application/json')).toBeUndefined();
  });
});
