import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { apiPath, apiRoot, resolveUrl, tagsForPath } from '../../../src/core/api-path';
import { DialstackApiError } from '../../../src/core/errors';

describe('apiPath', () => {
  it('encodes every path parameter', () => {
    expect(apiPath('/v1/calls/{call_id}', { call_id: 'call_1' })).to.equal('/v1/calls/call_1');
    expect(
      apiPath('/v1/calls/{call_id}/transcript', { call_id: '../../v1/accounts?x=1#y' }),
    ).to.equal('/v1/calls/..%2F..%2Fv1%2Faccounts%3Fx%3D1%23y/transcript');
    expect(
      apiPath('/v1/voicemail_greetings/{owner}/{type}', { owner: 'a b', type: 'busy' }),
    ).to.equal('/v1/voicemail_greetings/a%20b/busy');
  });

  it('round-trips any id through the URL as one path segment', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((id) => id !== '.' && id !== '..'),
        (id) => {
          const url = new URL(
            `https://api.example${apiPath('/v1/calls/{call_id}', { call_id: id })}`,
          );
          const segments = url.pathname.split('/');
          expect(segments).to.have.length(4);
          expect(decodeURIComponent(segments[3])).to.equal(id);
          expect(url.search).to.equal('');
        },
      ),
    );
  });

  it('refuses "." and "..", which a URL would resolve to another path', () => {
    // Positive control: sent as they are, they leave the resource's segment.
    expect(new URL('https://api.example/v1/dialplans/..').pathname).to.equal('/v1/');
    expect(new URL('https://api.example/v1/dialplans/%2E').pathname).to.equal('/v1/dialplans/');
    for (const id of ['.', '..'])
      expect(() => apiPath('/v1/dialplans/{dial_plan_id}', { dial_plan_id: id })).to.throw(
        TypeError,
        /dial_plan_id/,
      );
    expect(apiPath('/v1/dialplans/{dial_plan_id}', { dial_plan_id: '...' })).to.equal(
      '/v1/dialplans/...',
    );
  });

  it('refuses a missing parameter', () => {
    expect(() => apiPath('/v1/calls/{call_id}', {})).to.throw(TypeError, /call_id/);
    expect(() => apiPath('/v1/calls/{call_id}', { call_id: '' })).to.throw(TypeError);
  });
});

describe('apiRoot and resolveUrl', () => {
  it('defaults to production and resolves an empty or relative apiUrl against the page', () => {
    expect(apiRoot(undefined)).to.equal('https://api.dialstack.ai');
    expect(apiRoot('https://api.example.com/')).to.equal('https://api.example.com');
    expect(apiRoot('')).to.equal(location.origin);
    expect(apiRoot('/mock-api/')).to.equal(`${location.origin}/mock-api`);
  });

  it('joins paths, appends queries (arrays repeated, empties skipped) and keeps next_page_url as is', () => {
    const root = 'https://api.example.com';
    const url = resolveUrl(root, '/v1/users', {
      'expand[]': ['extensions'],
      limit: 25,
      is_read: false,
      search: undefined,
      owner: null,
    });
    expect(url.href).to.equal(
      'https://api.example.com/v1/users?expand%5B%5D=extensions&limit=25&is_read=false',
    );
    expect(resolveUrl(root, '/v1/calls?page=abc').href).to.equal(
      'https://api.example.com/v1/calls?page=abc',
    );
    expect(resolveUrl(root, 'https://api.example.com/v1/calls?page=abc').href).to.equal(
      'https://api.example.com/v1/calls?page=abc',
    );
  });

  it('will not aim credentials at another origin', () => {
    expect(() => resolveUrl('https://api.example.com', 'https://evil.example/v1/calls')).to.throw(
      DialstackApiError,
      /evil\.example/,
    );
  });
});

describe('tagsForPath', () => {
  it('derives the resource tag from the path', () => {
    expect(tagsForPath('/v1/calls')).to.deep.equal(['calls']);
    expect(tagsForPath('/v1/calls/call_1/transcript')).to.deep.equal(['calls']);
    expect(tagsForPath('/v1/voicemails/vm_1')).to.deep.equal(['voicemails']);
    expect(tagsForPath('/prefix/v1/shared_voicemail_boxes')).to.deep.equal([
      'shared_voicemail_boxes',
    ]);
    expect(tagsForPath('/health')).to.deep.equal([]);
  });
});
