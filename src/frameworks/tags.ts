/**
 * The elements as framework typings see them: per tag, the element class, its settable
 * properties and the `detail` of each event it fires (its `@fires`). Types only: the React
 * wrappers and the JSX, Vue and Svelte declarations are all derived from these.
 *
 * A new element adds one line to `DialstackTagEvents` (and its tag to `HTMLElementTagNameMap`,
 * which its own module does).
 */
import type { CallBackDetail, LoaderStartDetail, RowSelectDetail } from '../base/events';
import type { ActionDetail, DetailChangeDetail } from '../base/host-actions';
import type { LoadErrorDetail } from '../core/types';
import type { CallHistoryRowSelectDetail } from '../../components/call-history/call-history';
import type { CallLogsRowSelectDetail } from '../../components/call-logs/call-logs';
import type {
  CallBackDetail as VoicemailCallBackDetail,
  UnreadChangeDetail,
  VoicemailEventDetail,
  VoicemailPauseDetail,
} from '../../components/voicemails/voicemails';
import type {
  DirtyChangeDetail,
  NodeSelectDetail,
  SaveDetail,
} from '../../components/dial-plan/dial-plan';
import type { OrderCompleteDetail } from '../../components/phone-number-ordering/phone-number-ordering';
import type {
  ExitDetail,
  StepChangeDetail,
} from '../../components/account-onboarding/account-onboarding';

/** The events every element fires. */
export interface CommonEvents {
  'dialstack-loader-start': LoaderStartDetail;
  'dialstack-load-error': LoadErrorDetail;
}

/** The host-integration events of a list element whose rows are `Item`s. */
export interface HostEvents<Item> {
  'dialstack-action': ActionDetail<Item>;
  'dialstack-detail-change': DetailChangeDetail<Item>;
}

/** Event name → `detail`, by tag. */
export interface DialstackTagEvents {
  'dialstack-call-logs': CommonEvents &
    HostEvents<CallLogsRowSelectDetail['item']> & {
      'dialstack-row-select': CallLogsRowSelectDetail;
    };
  'dialstack-call-history': CommonEvents &
    HostEvents<CallHistoryRowSelectDetail['item']> & {
      'dialstack-row-select': CallHistoryRowSelectDetail;
      'dialstack-call-back': CallBackDetail;
    };
  'dialstack-voicemails': CommonEvents &
    HostEvents<VoicemailEventDetail['item']> & {
      'dialstack-row-select': RowSelectDetail & VoicemailEventDetail;
      'dialstack-voicemail-play': VoicemailEventDetail;
      'dialstack-voicemail-pause': VoicemailPauseDetail;
      'dialstack-voicemail-delete': VoicemailEventDetail;
      'dialstack-unread-change': UnreadChangeDetail;
      'dialstack-call-back': VoicemailCallBackDetail;
    };
  'dialstack-phone-numbers': CommonEvents &
    HostEvents<RowSelectDetail['item']> & { 'dialstack-row-select': RowSelectDetail };
  'dialstack-phone-number-ordering': CommonEvents & {
    'dialstack-order-complete': OrderCompleteDetail;
  };
  'dialstack-account-onboarding': CommonEvents & {
    'dialstack-step-change': StepChangeDetail;
    'dialstack-exit': ExitDetail;
  };
  'dialstack-dial-plan': CommonEvents & {
    'dialstack-node-select': NodeSelectDetail;
    'dialstack-save': SaveDetail;
    'dialstack-dirty-change': DirtyChangeDetail;
  };
}

export type DialstackTagName = keyof DialstackTagEvents & keyof HTMLElementTagNameMap;

type LitInternals =
  | keyof HTMLElement
  | 'renderOptions'
  | 'renderRoot'
  | 'isUpdatePending'
  | 'hasUpdated'
  | 'updateComplete';

/** The settable properties of an element (its public fields; no methods, no read-only state). */
export type DialstackElementProps<T extends DialstackTagName> = {
  -readonly [
    K in keyof HTMLElementTagNameMap[T] as K extends LitInternals
      ? never
      : HTMLElementTagNameMap[T][K] extends (...args: never[]) => unknown
        ? never
        : K
  ]?: HTMLElementTagNameMap[T][K];
};

/** `dialstack-row-select` → `RowSelect`. */
export type EventSuffix<S extends string> = S extends `dialstack-${infer Rest}`
  ? Pascal<Rest>
  : never;
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** `{ onRowSelect?: (event: CustomEvent<…>) => void, … }` for a tag (React wrappers, Vue). */
export type DialstackCallbacks<T extends DialstackTagName, Prefix extends string = 'on'> = {
  [K in keyof DialstackTagEvents[T] & string as `${Prefix}${EventSuffix<K>}`]?: (
    event: CustomEvent<DialstackTagEvents[T][K]>,
  ) => void;
};

/** `{ 'ondialstack-row-select'?: (event: CustomEvent<…>) => void, … }` (React 19 and Svelte 5 tags). */
export type DialstackEventAttributes<T extends DialstackTagName> = {
  [K in keyof DialstackTagEvents[T] & string as `on${K}`]?: (
    event: CustomEvent<DialstackTagEvents[T][K]>,
  ) => void;
};
