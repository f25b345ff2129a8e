/**
 * `<dialstack-call-logs>` under a strict Content-Security-Policy (no 'unsafe-inline'): every
 * state renders with no `securitypolicyviolation`. Its own file, because a policy cannot be
 * lifted once the page has it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { DialstackInstance } from '../../src/core/types';
import { freshMock, type SeedFacts } from '../../test/support/mock';
import './define';
import type { DialstackCallLogs } from './call-logs';

declare function describe(name: string, body: (this: { timeout(ms: number): void }) => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;
declare function before(body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;

const POLICY =
  "default-src 'self'; connect-src 'self'; media-src 'self' blob:; img-src 'self' data: blob:";

const violations: SecurityPolicyViolationEvent[] = [];
let instance: DialstackInstance;
let facts: SeedFacts;

const wait = (predicate: () => unknown, message: string) =>
  waitUntil(predicate, message, { timeout: 8000 });

/** The first `[part~=name]` in the element's shadow root or one of its internal elements'. */
function part(el: HTMLElement, name: string): HTMLElement | null {
  const roots = [el.shadowRoot!];
  for (const inner of el.shadowRoot!.querySelectorAll(
    'dialstack-call-filters, dialstack-call-detail',
  )) {
    if (inner.shadowRoot) roots.push(inner.shadowRoot);
  }
  return roots.map((r) => r.querySelector<HTMLElement>(`[part~="${name}"]`)).find(Boolean) ?? null;
}

describe('<dialstack-call-logs> under a strict CSP', function () {
  this.timeout(30_000);

  before(() => {
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
  });

  beforeEach(async () => {
    ({ instance, facts } = await freshMock());
  });

  afterEach(async () => {
    await instance.logout();
  });

  it('reports a style attribute written in a shadow root (positive control)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const before = violations.length;
    inner.setAttribute('style', 'color: red');
    try {
      await wait(() => violations.length > before, 'a violation for the style attribute');
      expect(violations.at(-1)!.effectiveDirective).to.match(/^style-src/);
    } finally {
      host.remove();
      violations.length = 0;
    }
  });

  it('renders the list, the filter bar and the detail panel with no violation', async () => {
    const el = document.createElement('dialstack-call-logs') as DialstackCallLogs;
    el.dialstack = instance;
    const wrapper = document.createElement('div');
    wrapper.style.width = '1280px'; // the CSSOM, not an attribute
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      await wait(() => part(el, 'row'), 'rows');
      // Custom dates show two more inputs.
      await wait(() => part(el, 'filters')?.shadowRoot?.querySelector('#f-date'), 'filter bar');
      const preset = part(el, 'filters')!.shadowRoot!.querySelector<HTMLSelectElement>('#f-date')!;
      preset.value = 'custom';
      preset.dispatchEvent(new Event('change'));
      await wait(() => part(el, 'filters')!.shadowRoot!.querySelector('#f-from'), 'date inputs');
      // The detail panel with its player and transcript.
      const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`);
      await wait(row, 'the recorded call');
      row()!.click();
      await wait(() => part(el, 'player') && part(el, 'transcript'), 'player and transcript');
      // Scrolling renders more rows.
      el.shadowRoot!.querySelector<HTMLElement>('.rows')!.scrollTop = 2000;
      await wait(() => el.shadowRoot!.querySelector('[part~="row"][data-index="40"]'), 'row 40');
      expect(
        violations.map((v) => `${v.effectiveDirective}: ${v.sample || v.blockedURI}`),
      ).to.deep.equal([]);
    } finally {
      wrapper.remove();
    }
  });
});
