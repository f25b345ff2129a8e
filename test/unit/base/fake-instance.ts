import type {
  Appearance,
  DialstackClient,
  DialstackInstance,
  InstanceChange,
  ListPage,
  LocaleOption,
  UpdateOptions,
} from '../../../src/core/types';

/**
 * A small in-memory DialstackInstance for tests of the presentation layer: `get` answers from
 * a handler, `invalidate` notifies listeners, `update`/`logout` notify `onChange` listeners.
 */
export class FakeInstance implements DialstackInstance {
  appearance: Appearance;
  locale: LocaleOption | undefined;
  loggedOut = false;
  readonly client: FakeClient;
  private readonly changeListeners = new Set<(change: InstanceChange) => void>();

  constructor(
    options: {
      appearance?: Appearance;
      locale?: LocaleOption;
      get?: (path: string, signal?: AbortSignal) => Promise<unknown>;
    } = {},
  ) {
    this.appearance = options.appearance ?? {};
    this.locale = options.locale;
    this.client = new FakeClient(options.get ?? (async () => ({})));
  }

  create(): never {
    throw new Error('not used in these tests');
  }

  update(options: UpdateOptions): void {
    if (options.appearance) {
      this.appearance = options.appearance;
      this.emitChange('appearance');
    }
    if (options.locale) {
      this.locale = options.locale;
      this.emitChange('locale');
    }
  }

  async logout(): Promise<void> {
    this.loggedOut = true;
    this.client.invalidate(['*']);
    this.emitChange('logout');
  }

  on(): () => void {
    return () => undefined;
  }

  off(): void {}

  onChange(listener: (change: InstanceChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  get changeListenerCount(): number {
    return this.changeListeners.size;
  }

  private emitChange(change: InstanceChange): void {
    for (const listener of [...this.changeListeners]) listener(change);
  }
}

export class FakeClient implements DialstackClient {
  readonly requests: string[] = [];
  private readonly invalidateListeners = new Set<
    (tags: readonly string[], origin?: object) => void
  >();

  constructor(public handler: (path: string, signal?: AbortSignal) => Promise<unknown>) {}

  async get<T>(path: string, options?: { signal?: AbortSignal }): Promise<T> {
    this.requests.push(path);
    return (await this.handler(path, options?.signal)) as T;
  }

  async post<T>(): Promise<T> {
    return undefined as T;
  }

  async delete<T>(): Promise<T> {
    return undefined as T;
  }

  async page<T>(path: string, options?: { signal?: AbortSignal }): Promise<ListPage<T>> {
    return this.get<ListPage<T>>(path, options);
  }

  async *list<T>(): AsyncIterableIterator<T> {
    // not used
  }

  invalidate(tags: readonly string[], origin?: object): void {
    for (const listener of [...this.invalidateListeners]) listener(tags, origin);
  }

  onInvalidate(listener: (tags: readonly string[], origin?: object) => void): () => void {
    this.invalidateListeners.add(listener);
    return () => this.invalidateListeners.delete(listener);
  }

  get invalidateListenerCount(): number {
    return this.invalidateListeners.size;
  }
}
