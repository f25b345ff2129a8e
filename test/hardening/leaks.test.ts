/**
 * Mounting and unmounting every element (test/hardening/elements.ts) again and again — through
 * its states: detail panels open, audio playing — leaves nothing behind: no event stream open
 * on the mock, no pending timer or interval, no listener on `window` or `document`, no audio
 * element still playing or holding its source. The page's timers and listeners are counted
 * by wrapping them before any element module loads.
 */
import { expect } from '@open-wc/testing';
import type { DialstackInstance } from '../../src/core/types';
import { createInstance, freshMock, openStreams, type SeedFacts } from '../support/mock';
import { ELEMENTS, mountElement, waitFor, type HardenedElement } from './elements';

// ---- instrumentation ----
type Key = string;
const listeners = new Map<EventTarget, Map<Key, number>>([
  [window, new Map()],
  [document, new Map()],
]);
const listenerKey = new WeakMap<object, number>();
let nextListener = 0;
const keyOf = (type: string, listener: unknown, options?: boolean | AddEventListenerOptions) => {
  const capture = typeof options === 'boolean' ? options : !!options?.capture;
  const fn = listener as object;
  if (!listenerKey.has(fn)) listenerKey.set(fn, ++nextListener);
  return `${type}#${listenerKey.get(fn)}${capture ? ':capture' : ''}`;
};
for (const target of [window, document]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const own = listeners.get(target)!;
  target.addEventListener = (type: string, listener: never, options?: never) => {
    if (listener) {
      const key = keyOf(type, listener, options);
      own.set(key, 1);
      const signal = (options as AddEventListenerOptions | undefined)?.signal;
      signal?.addEventListener('abort', () => own.delete(key));
    }
    add(type, listener, options);
  };
  target.removeEventListener = (type: string, listener: never, options?: never) => {
    if (listener) own.delete(keyOf(type, listener, options));
    remove(type, listener, options);
  };
}

const timeouts = new Set<number>();
const intervals = new Set<number>();
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = window;
const { setInterval: realSetInterval, clearInterval: realClearInterval } = window;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = realSetTimeout(
    (...a: unknown[]) => {
      timeouts.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  timeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  realClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = realSetInterval(handler, ms, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  realClearInterval(id);
}) as typeof window.clearInterval;

const audios: HTMLAudioElement[] = [];
const RealAudio = window.Audio;
window.Audio = function (src?: string) {
  const audio = new RealAudio(src);
  audios.push(audio);
  return audio;
} as unknown as typeof Audio;
const createElement = document.createElement.bind(document);
document.createElement = ((name: string, options?: ElementCreationOptions) => {
  const el = createElement(name, options);
  if (el instanceof HTMLAudioElement) audios.push(el);
  return el;
}) as typeof document.createElement;

const snapshot = () => ({
  window: [...listeners.get(window)!.keys()].sort(),
  document: [...listeners.get(document)!.keys()].sort(),
  intervals: intervals.size,
});

/** Audio elements (made by script or rendered) that still play or hold a source off-page. */
const liveAudio = (root: ParentNode) =>
  [...audios, ...root.querySelectorAll('audio')].filter(
    (a) => !a.isConnected && (!a.paused || !!a.getAttribute('src') || !!a.srcObject),
  );

let instance: DialstackInstance;
let facts: SeedFacts;

async function cycle(entry: HardenedElement) {
  const { el, remove } = await mountElement(entry, instance, facts);
  await waitFor(() => entry.ready(el), `${entry.tag} ready`);
  if (entry.data.trigger) await entry.data.trigger(el, facts);
  for (const state of entry.states) await state.open(el, facts);
  remove();
}

describe('mount/unmount leaves nothing behind', function () {
  this.timeout(60_000);

  before(async () => {
    ({ facts } = await freshMock());
    instance = await createInstance();
  });

  after(async () => {
    await instance.logout();
    await waitFor(async () => (await openStreams()).length === 0, 'streams closed on logout');
  });

  it('the counters see a listener, an interval and a playing detached audio (positive control)', async () => {
    const before = snapshot();
    const listener = () => {};
    window.addEventListener('resize', listener);
    const interval = window.setInterval(() => {}, 1000);
    expect(snapshot().window.length).to.equal(before.window.length + 1);
    expect(snapshot().intervals).to.equal(before.intervals + 1);
    window.removeEventListener('resize', listener);
    window.clearInterval(interval);
    expect(snapshot()).to.deep.equal(before);
    const audio = new Audio();
    audio.src = 'data:audio/wav;base64,';
    expect(liveAudio(document)).to.deep.equal([audio]);
    audio.removeAttribute('src');
  });

  for (const entry of ELEMENTS) {
    it(`<${entry.tag}>: mount/unmount cycles through every state`, async () => {
      await cycle(entry); // the first one loads modules and one-time page-wide set-up
      await waitFor(async () => (await openStreams()).length === 0, 'the stream closed');
      const baseline = snapshot();
      for (let i = 0; i < 2; i++) await cycle(entry);
      // Timers an unmounted element started must end (fire or be cleared), not linger.
      let pending = timeouts.size;
      await waitFor(() => (pending = timeouts.size) === 0, 'no pending timeouts', 8000).catch(
        () => {
          throw new Error(`${pending} timeouts still pending after unmount`);
        },
      );
      if (entry.live)
        await waitFor(
          async () => (await openStreams()).length === 0,
          'the event stream closed after the last element left',
        );
      expect(snapshot(), 'listeners and intervals').to.deep.equal(baseline);
      expect(liveAudio(document), 'audio left playing or holding its source').to.deep.equal([]);
    });
  }
});
