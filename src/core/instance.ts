import { apiRoot, resolveUrl } from './api-path';
import { ResponseCache, type CacheOptions } from './cache';
import { createClient } from './client';
import { LiveEvents } from './events';
import { elementLoaders } from './registry';
import { Session } from './session';
import type { Timing } from './timing';
import type {
  Appearance,
  DialstackClient,
  DialstackElementFor,
  DialstackInstance,
  DialstackOptions,
  ElementName,
  InstanceChange,
  LiveEventHandler,
  LiveEventType,
  LocaleOption,
  UpdateOptions,
} from './types';

/** Test and tuning hooks that are not part of the public options. */
export interface InstanceInternals {
  timing?: Timing;
  cache?: CacheOptions;
  timeoutMs?: number;
}

const warnedTags = new Set<string>();

const copyAppearance = (appearance: Appearance): Appearance => ({
  ...appearance,
  variables: appearance.variables && { ...appearance.variables },
});

/** One instance per page: the session, REST client, cache and live events every element shares. */
export class Instance implements DialstackInstance {
  readonly client: DialstackClient;
  appearance: Appearance;
  locale: LocaleOption | undefined;
  /** @internal True after logout(). */
  loggedOut = false;
  private readonly session: Session;
  private readonly cache: ResponseCache;
  private readonly events: LiveEvents;
  private readonly changeListeners = new Set<(change: InstanceChange) => void>();

  constructor(
    readonly options: DialstackOptions,
    internals: InstanceInternals = {},
  ) {
    const { timing } = internals;
    this.appearance = copyAppearance(options.appearance ?? {});
    this.locale = options.locale;
    this.session = new Session({ fetchClientSecret: options.fetchClientSecret, timing });
    this.cache = new ResponseCache({ now: timing?.now, ...internals.cache });
    this.client = createClient({
      apiUrl: options.apiUrl,
      session: this.session,
      cache: this.cache,
      timing,
      timeoutMs: internals.timeoutMs,
    });
    this.events = new LiveEvents({
      url: () => resolveUrl(apiRoot(options.apiUrl), '/v1/events'),
      session: this.session,
      timing,
    });
  }

  /** Components the session enables (its JWT `components` claim), once a secret has arrived. */
  get components(): readonly string[] | undefined {
    return this.session.components;
  }

  /** @internal The session's account (its JWT `account_id` claim), once a secret has arrived. */
  get accountId(): string | undefined {
    return this.session.accountId;
  }

  /** Starts fetching the first client secret so the first requests don't wait for it. */
  warmUp(): void {
    this.session.getSecret().catch(() => {
      // Surfaced by the first request that needs the secret.
    });
  }

  create<K extends ElementName>(name: K): DialstackElementFor<K> {
    const tag = `dialstack-${name}`;
    if (!customElements.get(tag)) {
      const load = elementLoaders[name];
      if (load) {
        load().catch((error: unknown) =>
          console.error(`DialStack: could not load <${tag}>.`, error),
        );
      } else if (!warnedTags.has(tag)) {
        warnedTags.add(tag);
        console.warn(
          `DialStack: <${tag}> is not defined; import '@dialstack/elements/${name}' to define it.`,
        );
      }
    }
    const element = document.createElement(tag) as HTMLElement & { dialstack?: DialstackInstance };
    element.dialstack = this;
    return element as DialstackElementFor<K>;
  }

  update({ appearance, locale }: UpdateOptions): void {
    if (appearance) {
      this.appearance = copyAppearance(appearance);
      this.emit('appearance');
    }
    if (locale !== undefined) {
      this.locale = locale;
      this.emit('locale');
    }
  }

  async logout(): Promise<void> {
    if (this.loggedOut) return;
    this.loggedOut = true;
    this.session.end();
    this.events.stop();
    this.cache.clear();
    this.emit('logout');
  }

  on<K extends LiveEventType | '*'>(type: K, handler: LiveEventHandler<K>): () => void {
    return this.events.on(type, handler);
  }

  off<K extends LiveEventType | '*'>(type: K, handler: LiveEventHandler<K>): void {
    this.events.off(type, handler);
  }

  /** @internal For elements: notified after update() and logout(); returns unsubscribe. */
  onChange(listener: (change: InstanceChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private emit(change: InstanceChange): void {
    for (const listener of [...this.changeListeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error(`DialStack: an onChange listener threw on "${change}"`, error);
      }
    }
  }
}
