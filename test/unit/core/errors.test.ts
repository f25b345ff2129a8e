import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DialstackApiError, errorFromResponse, redact } from '../../../src/core/errors';
import { toLoadErrorDetail } from '../../../src/index';

describe('errorFromResponse', () => {
  it('turns the contract error body into a typed error', () => {
    const error = errorFromResponse(
      400,
      JSON.stringify({
        error: 'Invalid request body',
        code: 'validation_error',
        details: { field: 'user_id' },
      }),
    );
    expect(error).to.be.instanceOf(DialstackApiError).and.instanceOf(Error);
    expect(error.type).to.equal('invalid_request_error');
    expect(error.status).to.equal(400);
    expect(error.message).to.equal('Invalid request body');
    expect(error.code).to.equal('validation_error');
    expect(error.details).to.deep.equal({ field: 'user_id' });
  });

  it('maps statuses to the Stripe taxonomy', () => {
    const typeOf = (status: number) => errorFromResponse(status, '{"error":"x"}').type;
    expect(typeOf(401)).to.equal('authentication_error');
    expect(typeOf(403)).to.equal('authentication_error');
    expect(typeOf(404)).to.equal('invalid_request_error');
    expect(typeOf(409)).to.equal('invalid_request_error');
    expect(typeOf(429)).to.equal('rate_limit_error');
    expect(typeOf(500)).to.equal('api_error');
    expect(typeOf(503)).to.equal('api_error');
  });

  it('treats an HTML or non-JSON body as api_error with a generic message', () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    for (const status of [400, 404, 502]) {
      const error = errorFromResponse(status, html);
      expect(error.type).to.equal('api_error');
      expect(error.status).to.equal(status);
      expect(error.message).not.to.contain('<html>');
    }
    expect(errorFromResponse(500, '').type).to.equal('api_error');
    expect(errorFromResponse(400, '{"message":"not the contract shape"}').type).to.equal(
      'api_error',
    );
    // Auth and rate limits stay what they are even without a readable body.
    expect(errorFromResponse(401, html).type).to.equal('authentication_error');
    expect(errorFromResponse(429, 'slow down').type).to.equal('rate_limit_error');
  });

  it('ignores malformed code and details', () => {
    const error = errorFromResponse(
      400,
      JSON.stringify({ error: 'Bad', code: 42, details: 'nope' }),
    );
    expect(error.code).to.equal(undefined);
    expect(error.details).to.equal(undefined);
  });

  it('never carries the secret in message, code or details, whatever the body echoes', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9_-]{12,40}(\.[A-Za-z0-9_-]{8,40}){0,2}$/);
    fc.assert(
      fc.property(
        secret,
        fc.string(),
        fc.string(),
        fc.integer({ min: 400, max: 599 }),
        fc.boolean(),
        (secret, before, after, status, asJson) => {
          const echoed = `${before}${secret}${after}`;
          const text = asJson
            ? JSON.stringify({
                error: echoed,
                code: secret,
                details: { token: echoed, [secret]: [echoed] },
              })
            : `<pre>${echoed}</pre>`;
          const error = errorFromResponse(status, text, secret);
          expect(error.message).not.to.contain(secret);
          expect(String(error.code)).not.to.contain(secret);
          expect(JSON.stringify(error.details ?? null)).not.to.contain(secret);
        },
      ),
    );
  });
});

describe('redact', () => {
  it('replaces the secret in nested strings and keys', () => {
    expect(redact({ a: ['x-SECRET-y', { SECRET: 1 }], n: 3 }, 'SECRET')).to.deep.equal({
      a: ['x-[redacted]-y', { '[redacted]': 1 }],
      n: 3,
    });
  });
});

describe('toLoadErrorDetail (the public export)', () => {
  it('keeps type, message and status of API errors and wraps anything else as api_error', () => {
    const apiError = new DialstackApiError({
      type: 'rate_limit_error',
      message: 'Slow down',
      status: 429,
    });
    expect(toLoadErrorDetail(apiError)).to.deep.equal({
      error: { type: 'rate_limit_error', message: 'Slow down', status: 429 },
    });
    expect(toLoadErrorDetail(new Error('boom'))).to.deep.equal({
      error: { type: 'api_error', message: 'boom' },
    });
  });

  it('redacts client secrets from messages', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const detail = toLoadErrorDetail(new Error(`token ${jwt} rejected`));
    expect(detail.error.message).to.not.include(jwt);
    expect(detail.error.message).to.include('[redacted]');
  });
});
