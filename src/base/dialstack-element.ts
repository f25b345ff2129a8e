import { consume } from '@lit/context';
import { CSSResult, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { attachContextRoot } from '../core/context-root';
import type { DialstackInstance, InstanceChange } from '../core/types';
import { createI18n, loadI18n, type I18n } from '../i18n/create-i18n';
import { isPhoneFormattingPending, loadPhoneFormatting } from '../i18n/phone';
import { applyTheme } from '../theme/apply-theme';
import { baseStyles } from '../theme/base-styles';
import { buttonStyles } from '../ui/button';
import { iconStyles } from '../ui/icon-styles';
import { frameStyles } from '../ui/frame';
import { stateStyles } from '../ui/states';
import { CollectionController, type CollectionOptions } from './collection-controller';
import { dialstackContext } from './context';
import {
  DataTaskController,
  refreshDataTasks,
  startDataTasks,
  type DataTaskOptions,
  type DataTaskSource,
} from './data-task';
import {
  dispatchDialstackEvent,
  type DialstackEventDetail,
  type DialstackEventName,
  type DialstackEventOptions,
} from './events';

/**
 * The base of every DialStack element. It finds the page's instance (an explicit `dialstack`
 * property wins over the one provided through `@lit/context`), applies its appearance through
 * adopted stylesheets, exposes `i18n` for its locale, follows `instance.update()` live and
 * clears its data after `logout()`. Subclasses declare data with `createDataTask()` and fire
 * events with `emit()`.
 *
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 * @csspart loading - The loading (skeleton) view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @csspart retry-button - The error view's retry button.
 */
export abstract class DialstackElement extends LitElement {
  static override styles: CSSResultGroup = [
    baseStyles,
    iconStyles,
    buttonStyles,
    stateStyles,
    frameStyles,
  ];

  /** An explicit instance; takes precedence over the one found through context. */
  @property({ attribute: false })
  dialstack?: DialstackInstance;

  @consume({ context: dialstackContext, subscribe: true })
  @state()
  private contextInstance?: DialstackInstance;

  /** The translator and formatters for the instance's locale (English until there is one). */
  @state()
  protected i18n: I18n = createI18n('en');

  /** True once the instance in use has logged out. */
  @state()
  protected sessionEnded = false;

  private connectedInstance?: DialstackInstance;
  private unsubscribeChanges?: () => void;
  private waitingForPhoneFormatting = false;

  /** What data tasks read from this element. */
  private readonly dataSource: DataTaskSource = ((element) => ({
    get instance() {
      return element.instance;
    },
    get sessionEnded() {
      return element.sessionEnded;
    },
    get i18n() {
      return element.i18n;
    },
  }))(this);

  /**
   * One-time work this element's first screen needs (the locale's messages merged; subclasses
   * add their formatters and phone metadata), run once the page is idle after
   * `loadDialstackAndInitialize` (`defineElement` registers it), so an element inserted later
   * does not pay it before its request or between its request and its rows. Overrides call
   * `super.warmUp(instance)` first.
   */
  static warmUp(instance: DialstackInstance): I18n {
    // The element's constructed stylesheets (parsed by `replaceSync` on first use).
    for (const style of this.elementStyles ?? [])
      if (style instanceof CSSResult) void style.styleSheet;
    return createI18n(instance.locale);
  }

  constructor() {
    super();
    // Elements in the page's HTML usually connect before `loadDialstackAndInitialize()` has
    // provided the instance: the context root holds their requests until it does.
    attachContextRoot();
  }

  /** The instance in use: explicit property, else context; undefined after logout. */
  protected get instance(): DialstackInstance | undefined {
    const instance = this.dialstack ?? this.contextInstance;
    return instance && !instance.loggedOut && !this.sessionEnded ? instance : undefined;
  }

  /** Reloads the element's data (the host page can call it after its own changes). */
  refresh(): void {
    refreshDataTasks(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncInstance();
    // Instance and locale known: a list's first request leaves now, before the first render.
    startDataTasks(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeChanges?.();
    this.unsubscribeChanges = undefined;
    this.connectedInstance = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncInstance();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A phone number rendered before the full formatter loaded: re-render once it has.
    if (isPhoneFormattingPending() && !this.waitingForPhoneFormatting) {
      this.waitingForPhoneFormatting = true;
      void loadPhoneFormatting().then(() => {
        this.waitingForPhoneFormatting = false;
        this.requestUpdate();
      });
    }
  }

  /**
   * Declares a data task bound to this element's instance. Call it in a field initializer:
   * `private readonly calls = this.createDataTask({ args, task, tags })`.
   */
  protected createDataTask<A extends readonly unknown[], R>(
    options: DataTaskOptions<A, R>,
  ): DataTaskController<A, R> {
    return new DataTaskController(this, this.dataSource, options);
  }

  /**
   * Declares a list bound to this element's instance (see `CollectionController`). Call it in
   * a field initializer: `private readonly list = this.createCollection({ source, id, tags })`.
   */
  protected createCollection<T, A extends readonly unknown[] = [], U = never>(
    options: CollectionOptions<T, A, U>,
  ): CollectionController<T, A, U> {
    return new CollectionController(this, this.dataSource, options);
  }

  /** Fires a typed `dialstack-*` event (bubbles, composed); false when it was cancelled. */
  protected emit<K extends DialstackEventName>(
    type: K,
    detail: DialstackEventDetail<K>,
    options?: DialstackEventOptions,
  ): boolean {
    return dispatchDialstackEvent(this, type, detail, options);
  }

  /** Subscribes to the current instance's changes and applies its appearance and locale. */
  private syncInstance(): void {
    const instance = this.dialstack ?? this.contextInstance;
    if (!this.isConnected || instance === this.connectedInstance) return;
    this.unsubscribeChanges?.();
    this.unsubscribeChanges = undefined;
    this.connectedInstance = instance;
    this.sessionEnded = instance?.loggedOut ?? false;
    this.localize();
    this.applyTheme();
    if (instance) {
      this.unsubscribeChanges = instance.onChange((change) => this.handleChange(change));
    }
  }

  private handleChange(change: InstanceChange): void {
    const instance = this.connectedInstance;
    if (!instance) return;
    if (change === 'appearance') this.applyTheme();
    else if (change === 'locale') this.localize();
    else if (change === 'logout') this.sessionEnded = true;
  }

  /** Sets `i18n` for the instance's locale; once a lazily loaded pack arrives, again. */
  private localize(): void {
    const locale = this.connectedInstance?.locale;
    this.i18n = createI18n(locale);
    if (this.i18n.ready) return;
    void loadI18n(locale).then((i18n) => {
      if (this.connectedInstance?.locale === locale) this.i18n = i18n;
    });
  }

  private applyTheme(): void {
    if (this.renderRoot instanceof ShadowRoot) {
      applyTheme(this.renderRoot, () => this.connectedInstance?.appearance);
    }
  }
}
