/**
 * A host application written in strict TypeScript, type-checked against the PACKED package's
 * declarations (`node scripts/check-types.mjs`, run by `.ci/run` after the library build), not
 * the sources: what a user of `@dialstack/elements` sees in their editor.
 * Every `@ts-expect-error` line is a misuse that must not compile.
 */
import {
  loadDialstackAndInitialize,
  type DialstackCallLogs,
  type DialstackInstance,
  type LoadErrorDetail,
} from '@dialstack/elements';
import { DialstackCallHistory, tagName } from '@dialstack/elements/call-history';
import type { VoicemailPauseDetail } from '@dialstack/elements/voicemails';
import { listCalls } from '@dialstack/elements/api';
import type { CallLog } from '@dialstack/elements';

export async function mountCallLogs(host: HTMLElement): Promise<string[]> {
  const dialstack: DialstackInstance = await loadDialstackAndInitialize({
    fetchClientSecret: async () => 'secret-from-my-backend',
    appearance: { theme: 'auto', variables: { colorPrimary: '#4f46e5' } },
    locale: 'fr',
  });

  // create(name) is typed as the element's class through HTMLElementTagNameMap.
  const el = dialstack.create('call-logs');
  const typed: DialstackCallLogs = el;
  el.direction = 'inbound';
  el.status = 'no-answer';
  el.pageSize = 25;
  el.hideFilters = true;
  await el.refresh();
  const selected: string[] = [];
  el.addEventListener('dialstack-row-select', (e) => selected.push(e.detail.id));
  el.addEventListener('dialstack-load-error', (e) => {
    const error: LoadErrorDetail['error'] = e.detail.error;
    console.warn(error.type, error.status);
  });
  host.append(typed);

  const inbox = dialstack.create('voicemails');
  const unread: number = inbox.unreadCount;
  inbox.addEventListener('dialstack-voicemail-pause', (e) => {
    const detail: VoicemailPauseDetail = e.detail;
    console.info(detail.currentTime, detail.ended, unread);
  });

  // The subpath registers the tag and exports its class.
  const history: DialstackCallHistory = document.createElement(tagName);
  history.phoneNumber = '+14155550100';
  history.dialstack = dialstack; // an explicit instance, instead of the page's context
  history.addEventListener('dialstack-call-back', (e) => e.detail.phoneNumber.startsWith('+'));

  const off = dialstack.on('call.end', (event) => console.info(event.duration_seconds));
  off();
  dialstack.update({ appearance: { theme: 'dark' }, locale: 'es' });

  // @ts-expect-error not a direction the element accepts
  el.direction = 'sideways';
  // @ts-expect-error pageSize is a number
  el.pageSize = '25';
  // @ts-expect-error no such element
  dialstack.create('call-log');
  // @ts-expect-error internal to the elements: not on the public instance
  dialstack.onChange(() => {});
  // @ts-expect-error internal to the elements: not on the public instance
  void dialstack.loggedOut;
  // @ts-expect-error the row-select detail has no `phoneNumber`
  el.addEventListener('dialstack-row-select', (e) => e.detail.phoneNumber);
  // @ts-expect-error fetchClientSecret is required
  await loadDialstackAndInitialize({ apiUrl: 'https://api.dialstack.ai' });
  // @ts-expect-error private members stay private
  void el.liveInstance;

  await dialstack.logout();
  return selected;
}

/** The API functions come from the `api` subpath; their types from the root too. */
export async function inboundCalls(dialstack: DialstackInstance): Promise<CallLog[]> {
  const calls: CallLog[] = [];
  for await (const call of listCalls(dialstack.client, { query: { direction: 'inbound' } })) {
    calls.push(call);
    if (calls.length === 50) break;
  }
  return calls;
}
