import { expect } from '@open-wc/testing';
import { errorMessageKey, redactSecrets, toLoadErrorDetail } from '../../../src/base/load-error';

describe('toLoadErrorDetail', () => {
  it('keeps the type and status of API errors', () => {
    const error = Object.assign(new Error('Rate limited'), {
      type: 'rate_limit_error',
      status: 429,
    });
    expect(toLoadErrorDetail(error)).to.deep.equal({
      error: { type: 'rate_limit_error', message: 'Rate limited', status: 429 },
    });
  });

  it('classifies by status when there is no known type', () => {
    const of = (status: number) =>
      toLoadErrorDetail(Object.assign(new Error('x'), { status })).error.type;
    expect(of(401)).to.equal('authentication_error');
    expect(of(403)).to.equal('authentication_error');
    expect(of(404)).to.equal('invalid_request_error');
    expect(of(429)).to.equal('rate_limit_error');
    expect(of(502)).to.equal('api_error');
  });

  it('treats fetch failures and timeouts as connection errors, other bugs as api errors', () => {
    expect(toLoadErrorDetail(new TypeError('Failed to fetch')).error.type).to.equal(
      'api_connection_error',
    );
    expect(toLoadErrorDetail(new DOMException('t', 'TimeoutError')).error.type).to.equal(
      'api_connection_error',
    );
    expect(toLoadErrorDetail(new TypeError('x is undefined')).error.type).to.equal('api_error');
    expect(toLoadErrorDetail('weird').error).to.deep.equal({ type: 'api_error', message: 'weird' });
  });

  it('scrubs secrets from messages', () => {
    const message = redactSecrets(
      'failed: Authorization: Bearer abc.def.ghi client_secret=eyJa.eyJb.sig sk_live_123 ?token=xyz',
    );
    expect(message).not.to.match(/abc\.def|eyJa|sk_live_123|xyz/);
  });

  it('maps details to user-facing messages', () => {
    expect(
      errorMessageKey({ error: { type: 'authentication_error', message: '', status: 403 } }),
    ).to.equal('errors.permission');
    expect(errorMessageKey({ error: { type: 'api_connection_error', message: '' } })).to.equal(
      'errors.connection',
    );
  });
});
