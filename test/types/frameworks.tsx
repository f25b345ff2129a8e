/**
 * Framework typings, type-checked against the PACKED package (scripts/check-types.mjs): the React
 * wrappers, the plain tags in React 19 JSX, Vue's GlobalComponents and Svelte's elements.
 * Every `@ts-expect-error` line is a misuse that must not compile.
 */
import type { DialstackInstance } from '@dialstack/elements';
import type {} from '@dialstack/elements/jsx';
import {
  DialstackCallHistory,
  DialstackCallLogs,
  DialstackVoicemails,
} from '@dialstack/elements/react';
import type {} from '@dialstack/elements/svelte';
import type {} from '@dialstack/elements/vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { GlobalComponents } from 'vue';

export function Wrappers({ dialstack }: { dialstack: DialstackInstance }) {
  const ids: string[] = [];
  return (
    <>
      <DialstackCallLogs
        dialstack={dialstack}
        direction="inbound"
        pageSize={25}
        onRowSelect={(e) => ids.push(e.detail.item.id)}
        onLoadError={(e) => console.warn(e.detail.error.type)}
        onLoaderStart={(e) => console.info(e.detail.elementTagName)}
      />
      <DialstackCallHistory
        phoneNumber="+15551234567"
        onCallBack={(e) => ids.push(e.detail.phoneNumber)}
      />
      <DialstackVoicemails
        filter="unread"
        onVoicemailPlay={(e) => ids.push(e.detail.id)}
        onVoicemailPause={(e) => console.info(e.detail.currentTime)}
        onUnreadChange={(e) => console.info(e.detail.count + 1)}
      />
      {/* @ts-expect-error not a direction */}
      <DialstackCallLogs direction="sideways" />
      {/* @ts-expect-error call logs fire no call-back event */}
      <DialstackCallLogs onCallBack={() => {}} />
      {/* @ts-expect-error the detail is typed */}
      <DialstackVoicemails onUnreadChange={(e) => e.detail.count.toUpperCase()} />
    </>
  );
}

export function PlainTags({ dialstack }: { dialstack: DialstackInstance }) {
  return (
    <>
      <dialstack-call-logs
        dialstack={dialstack}
        direction="outbound"
        hideFilters
        ondialstack-row-select={(e) => console.info(e.detail.id)}
      />
      <dialstack-voicemails
        owner="user_1"
        ondialstack-voicemail-play={(e) => console.info(e.detail.item.id)}
      />
      {/* @ts-expect-error not a direction */}
      <dialstack-call-logs direction="sideways" />
      {/* @ts-expect-error not a property of call logs */}
      <dialstack-call-logs owner="user_1" />
    </>
  );
}

// Vue: `<dialstack-call-logs direction="inbound" @dialstack-row-select="…">` in a template.
type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const vueCallLogs: VueProps<'dialstack-call-logs'> = {
  direction: 'inbound',
  onDialstackRowSelect: (e) => console.info(e.detail.item.id),
  onDialstackLoadError: (e) => console.warn(e.detail.error.message),
};
// @ts-expect-error not a direction
export const vueWrong: VueProps<'dialstack-call-logs'> = { direction: 'sideways' };

// Svelte 5: `<dialstack-voicemails filter="unread" ondialstack-unread-change={…}>`.
export const svelteVoicemails: SvelteHTMLElements['dialstack-voicemails'] = {
  filter: 'unread',
  'ondialstack-unread-change': (e) => console.info(e.detail.count),
};
// @ts-expect-error not a filter
export const svelteWrong: SvelteHTMLElements['dialstack-voicemails'] = { filter: 'sideways' };
