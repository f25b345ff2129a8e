/**
 * The public and internal contracts of the runtime. Implementation modules (session, client,
 * cache, events, instance, theme, i18n) implement these; elements code against them only.
 */
import type { components } from '../api/schema';

export type Schemas = components['schemas'];

/** Names accepted by `instance.create(name)`; each maps to `<dialstack-${name}>`. */
export type ElementName =
  | 'call-logs'
  | 'call-history'
  | 'voicemails'
  | 'phone-numbers'
  | 'phone-number-ordering'
  | 'account-onboarding'
  | 'dial-plan';

/** What `fetchClientSecret` may resolve to. `expiresAt`: epoch ms, ISO string or Date. */
export type ClientSecretResult =
  string | { clientSecret: string; expiresAt?: number | string | Date };

export type ThemeMode = 'light' | 'dark' | 'auto';

export interface AppearanceVariables {
  colorPrimary?: string;
  colorBackground?: string;
  colorText?: string;
  colorSecondaryText?: string;
  colorBorder?: string;
  colorDanger?: string;
  colorSuccess?: string;
  colorWarning?: string;
  fontFamily?: string;
  fontSizeBase?: string;
  spacingUnit?: string;
  borderRadius?: string;
}

export interface Appearance {
  theme?: ThemeMode;
  variables?: AppearanceVariables;
}

export type LocaleCode = 'en' | 'es' | 'fr';

/**
 * A locale code, or an override object: `{ locale: 'fr', timeZone: 'Europe/Paris',
 * messages: { callLogs: { title: '…' } } }`. Messages not given fall back to the locale's pack,
 * then to English.
 */
export type LocaleOption =
  | LocaleCode
  | (string & {})
  | {
      locale?: string;
      timeZone?: string;
      /** Country used to format national numbers (ISO 3166 alpha-2), default 'US'. */
      defaultCountry?: string;
      messages?: Record<string, unknown>;
    };

export interface DialstackOptions {
  fetchClientSecret: () => Promise<ClientSecretResult> | ClientSecretResult;
  /** Default `https://api.dialstack.ai`. */
  apiUrl?: string;
  /** Accepted for parity with the official SDK; not sent anywhere. */
  publishableKey?: string;
  appearance?: Appearance;
  locale?: LocaleOption;
}

export interface UpdateOptions {
  appearance?: Appearance;
  locale?: LocaleOption;
}

/** Stripe's error taxonomy. */
export type DialstackErrorType =
  | 'api_connection_error'
  | 'authentication_error'
  | 'invalid_request_error'
  | 'rate_limit_error'
  | 'api_error';

/** `detail.error` of `dialstack-load-error`. */
export interface LoadErrorDetail {
  error: { type: DialstackErrorType; message: string; status?: number };
}

// ---- Live events (GET /v1/events) ----

export interface CallEventBase {
  account_id: string;
  call_id: string;
  from_number: string;
  to_number: string;
}
export interface CallIncomingEvent extends CallEventBase {
  event: 'call.incoming';
  from_name?: string | null;
}
export interface CallInitiatedEvent extends CallEventBase {
  event: 'call.initiated';
  user_id: string;
}
export interface CallRingingEvent extends CallEventBase {
  event: 'call.ringing';
  user_id: string;
  from_name?: string | null;
  ringing_at: string;
}
export interface CallAnsweredEvent extends CallEventBase {
  event: 'call.answered';
  direction: string;
  answered_at: string;
}
export interface CallEndEvent extends CallEventBase {
  event: 'call.end';
  direction: string;
  status: string;
  duration_seconds: number;
  ended_at: string;
}
export interface CallTransferEvent extends CallEventBase {
  event: 'call.transfer';
  transferred_to: string;
}

export interface LiveEventMap {
  'call.incoming': CallIncomingEvent;
  'call.initiated': CallInitiatedEvent;
  'call.ringing': CallRingingEvent;
  'call.answered': CallAnsweredEvent;
  'call.end': CallEndEvent;
  'call.transfer': CallTransferEvent;
}
export type LiveEventType = keyof LiveEventMap;
export type LiveEvent = LiveEventMap[LiveEventType];
/** `'*'` receives every typed event. */
export type LiveEventHandler<K extends LiveEventType | '*'> = (
  event: K extends LiveEventType ? LiveEventMap[K] : LiveEvent,
) => void;

// ---- REST client ----

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  signal?: AbortSignal;
  /** Per-request timeout in ms (default 30 s). */
  timeoutMs?: number;
}

export interface GetOptions extends RequestOptions {
  /** 'swr' (default): serve a cached value and revalidate; 'no-store': always fetch. */
  cache?: 'swr' | 'no-store';
  /** Resource tags this response belongs to (default: derived from the path, e.g. 'calls'). */
  tags?: readonly string[];
}

export interface MutationOptions extends RequestOptions {
  /** Tags to invalidate on success (default: derived from the path). */
  invalidates?: readonly string[];
  /**
   * Who made the change (usually the element). Invalidation listeners receive it, so the
   * element that made a change can skip reloading its own list while every other element
   * showing the same resource reloads.
   */
  origin?: object;
}

/** The contract's list envelope. */
export interface ListPage<T> {
  object: 'list';
  url: string;
  next_page_url: string | null;
  previous_page_url: string | null;
  data: T[];
}

export interface DialstackClient {
  /** `path` is `/v1/...` or an absolute `next_page_url` from the API. */
  get<T>(path: string, options?: GetOptions): Promise<T>;
  post<T = void>(path: string, body?: unknown, options?: MutationOptions): Promise<T>;
  delete<T = void>(path: string, options?: MutationOptions): Promise<T>;
  /** One page; follow `next_page_url` by passing it back as `path` (never build cursors). */
  page<T>(path: string, options?: GetOptions): Promise<ListPage<T>>;
  /** Every item across pages, fetched lazily as the iterator is consumed. */
  list<T>(path: string, options?: GetOptions): AsyncIterableIterator<T>;
  /** Invalidate cached responses with any of these tags; listeners refetch. */
  invalidate(tags: readonly string[], origin?: object): void;
  /** Called with the tags whenever they are invalidated (by a mutation, `invalidate` or logout). */
  onInvalidate(listener: (tags: readonly string[], origin?: object) => void): () => void;
}

// ---- The instance ----

export type InstanceChange = 'appearance' | 'locale' | 'logout';

/**
 * The element `create(name)` returns: `<dialstack-${name}>`'s class, looked up in
 * `HTMLElementTagNameMap` (each element's module declares its tag there), else `HTMLElement`.
 */
export type DialstackElementFor<K extends ElementName> =
  `dialstack-${K}` extends keyof HTMLElementTagNameMap
    ? HTMLElementTagNameMap[`dialstack-${K}`]
    : HTMLElement;

/**
 * What `loadDialstackAndInitialize` resolves with: the page's DialStack instance.
 *
 * The last two members are for the elements only: tagged internal, they are left out of the
 * published declarations (`stripInternal` in tsconfig.build.json), so a host page never sees them.
 */
export interface DialstackInstance {
  /** The shared REST client (session, cache and retries included). */
  readonly client: DialstackClient;
  readonly appearance: Appearance;
  readonly locale: LocaleOption | undefined;
  /**
   * A new `<dialstack-${name}>` bound to this instance, typed as that element's class
   * (`create('call-logs')` is a `DialstackCallLogs`). Loads the element's module when the page
   * has not imported it.
   */
  create<K extends ElementName>(name: K): DialstackElementFor<K>;
  /** Re-themes and re-localizes every element live. */
  update(options: UpdateOptions): void;
  /** Ends the session, closes the event stream and clears every cache. */
  logout(): Promise<void>;
  /** Subscribes to live events; returns the unsubscribe function. */
  on<K extends LiveEventType | '*'>(type: K, handler: LiveEventHandler<K>): () => void;
  off<K extends LiveEventType | '*'>(type: K, handler: LiveEventHandler<K>): void;
  /**
   * Components the session enables (the client secret's `components` claim, e.g.
   * `['call_logs', 'voicemails']`); undefined until a secret has arrived or if it has no claim.
   */
  readonly components?: readonly string[];
  /**
   * @internal The session's account (the client secret's `account_id` claim); undefined until
   * a secret has arrived or if it has no such claim. Onboarding keys its drafts by it.
   */
  readonly accountId?: string;
  /** @internal For elements: notified after update() and logout(); returns unsubscribe. */
  onChange(listener: (change: InstanceChange) => void): () => void;
  /** @internal True after logout(). */
  readonly loggedOut: boolean;
}
