import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CursorMerge } from '../../../src/api/cursor-merge';
import { DialstackElement } from '../../../src/base/dialstack-element';
import type { ListPage, Query } from '../../../src/core/types';
import { FakeInstance } from './fake-instance';
import { TestCallList } from './test-elements';

void TestCallList; // registers <test-call-list>

interface Item {
  id: string;
  /** Larger is newer. */
  at: number;
  box: string;
  read?: boolean;
}

const newestFirst = (a: Item, b: Item) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * An in-memory server: each box is a cursor, newest first, offset-based `next_page_url`s (so an
 * item added at the top shifts later pages, as some servers do). Records every request.
 */
class Server {
  items: Item[] = [];
  requests: { path: string; signal?: AbortSignal }[] = [];
  /** Resolves every request only when the test allows (undefined: at once). */
  gate?: Promise<void>;

  async page(
    path: string,
    query: Query | undefined,
    signal?: AbortSignal,
  ): Promise<ListPage<Item>> {
    this.requests.push({ path, signal });
    await (this.gate ?? Promise.resolve());
    signal?.throwIfAborted();
    const url = new URL(path, 'https://api.test');
    const box = String(query?.box ?? url.searchParams.get('box'));
    const limit = Number(query?.limit ?? url.searchParams.get('limit'));
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const matching = this.items.filter((i) => i.box === box).sort(newestFirst);
    const next = offset + limit < matching.length;
    return {
      object: 'list',
      url: '/v1/items',
      next_page_url: next ? `/v1/items?box=${box}&limit=${limit}&offset=${offset + limit}` : null,
      previous_page_url: null,
      data: matching.slice(offset, offset + limit).map((i) => ({ ...i })),
    };
  }

  cursors(boxes: readonly string[], limit: number): CursorMerge<Item> {
    return new CursorMerge<Item>(
      boxes.map((box) => ({ path: '/v1/items', query: { box, limit } })),
      {
        compare: newestFirst,
        id: (i) => i.id,
        fetchPage: (path, query, signal) => this.page(path, query, signal),
      },
    );
  }
}

let server: Server;

@customElement('test-collection')
class TestCollection extends DialstackElement {
  @property() boxes = 'a,b';
  @property({ type: Number }) pageSize = 3;

  readonly list = this.createCollection({
    args: () => [this.boxes, this.pageSize] as const,
    tags: ['items'],
    id: (item: Item) => item.id,
    compare: newestFirst,
    matches: (item) => this.boxes.split(',').includes(item.box),
    pageSize: () => this.pageSize,
    source: ([boxes, pageSize]) =>
      boxes ? server.cursors(boxes.split(','), pageSize) : { unavailable: 'no boxes' },
  });

  override render() {
    return this.list.render({
      items: (items) =>
        html`${repeat(
          items,
          (item) => item.id,
          (item) =>
            html`<div part="row" data-id=${item.id} ?data-read=${item.read}>${item.id}</div>`,
        )}`,
      unavailable: (why) => html`<p part="unavailable">${why}</p>`,
    });
  }
}

const rowIds = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')].map((r) => r.dataset.id);
const row = (el: HTMLElement, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="row"][data-id="${id}"]`);

async function mount(instance: FakeInstance, attrs = 'a,b'): Promise<TestCollection> {
  const el = await fixture<TestCollection>(
    html`<test-collection .dialstack=${instance} boxes=${attrs}></test-collection>`,
  );
  await waitUntil(() => el.list.status !== 'loading', 'never loaded');
  await el.updateComplete;
  return el;
}

const item = (id: string, at: number, box = 'a', read = false): Item => ({ id, at, box, read });

beforeEach(() => {
  server = new Server();
});

describe('CursorMerge', () => {
  it('property: any cursors, page sizes and steps give the ordered, de-duplicated union, a prefix at every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ at: fc.integer({ min: 0, max: 60 }), box: fc.constantFrom('a', 'b', 'c') }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 5 }),
        async (specs, cursorCount, limit, steps) => {
          const boxes = ['a', 'b', 'c'].slice(0, cursorCount);
          server = new Server();
          server.items = specs.map((s, i) => item(`i${String(i).padStart(2, '0')}`, s.at, s.box));
          // The same item on two cursors (a call to oneself) must appear once.
          if (server.items[0] && cursorCount > 1)
            server.items.push({ ...server.items[0], box: 'b' });
          const expected = [
            ...new Map(
              server.items.filter((i) => boxes.includes(i.box)).map((i) => [i.id, i]),
            ).values(),
          ]
            .sort(newestFirst)
            .map((i) => i.id);
          const merge = server.cursors(boxes, limit);
          const shown: string[] = [];
          for (let n = 0; merge.hasMore; n++) {
            const count = steps[n % steps.length]!;
            const added = await merge.next(count);
            expect(added.length).to.be.at.most(count);
            if (merge.hasMore) expect(added.length).to.equal(count);
            shown.push(...added.map((i) => i.id));
            expect(shown).to.deep.equal(expected.slice(0, shown.length));
          }
          expect(shown).to.deep.equal(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps its state through a failed request, so the next call continues', async () => {
    server.items = Array.from({ length: 9 }, (_, i) => item(`i${i}`, i, i % 2 ? 'a' : 'b'));
    const merge = server.cursors(['a', 'b'], 2);
    const first = await merge.next(3);
    const original = server.page.bind(server);
    server.page = () => Promise.reject(new Error('boom'));
    let error: unknown;
    await merge.next(3).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('boom');
    server.page = original;
    const rest: Item[] = [];
    while (merge.hasMore) rest.push(...(await merge.next(3)));
    expect([...first, ...rest].map((i) => i.at)).to.deep.equal([8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });
});

describe('CollectionController', () => {
  it('loads a page, loads more, and never repeats a live-inserted item that shifts the pages', async () => {
    server.items = Array.from({ length: 8 }, (_, i) => item(`i${i}`, 10 + i, i % 2 ? 'a' : 'b'));
    const el = await mount(new FakeInstance());
    expect(rowIds(el)).to.deep.equal(['i7', 'i6', 'i5']);
    expect(el.list.hasMore).to.equal(true);
    const live = item('live', 100);
    server.items.push(live);
    expect(el.list.upsert(live)).to.equal(true);
    expect(el.list.upsert(item('elsewhere', 200, 'z'))).to.equal(false);
    await el.updateComplete;
    expect(rowIds(el)[0]).to.equal('live');
    while (el.list.hasMore) await el.list.loadMore();
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['live', 'i7', 'i6', 'i5', 'i4', 'i3', 'i2', 'i1', 'i0']);
  });

  it('refresh merges: selection, open item and unchanged rows are kept, changes applied, gone rows removed, new ones inserted', async () => {
    server.items = [item('x', 5), item('y', 4), item('z', 3, 'b')];
    const el = await mount(new FakeInstance());
    el.list.select(['y']);
    el.list.open('y');
    const yRow = row(el, 'y');
    server.items = [item('new', 9), item('x', 5, 'a', true), item('y', 4)];
    el.refresh();
    await el.updateComplete;
    expect(el.list.status).to.equal('ready');
    await waitUntil(() => rowIds(el)[0] === 'new', 'refresh did not land');
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['new', 'x', 'y']);
    expect(row(el, 'x')!.hasAttribute('data-read')).to.equal(true);
    // Unchanged items keep their identity, so a keyed list keeps their rows (and the scroll).
    expect(row(el, 'y')).to.equal(yRow);
    expect([...el.list.selected]).to.deep.equal(['y']);
    expect(el.list.openId).to.equal('y');
  });

  it('an optimistic edit shows at once, and a failure restores the item and reports the error', async () => {
    server.items = [item('x', 5), item('y', 4), item('z', 3)];
    const el = await mount(new FakeInstance());
    let fail!: (error: unknown) => void;
    const done = el.list.optimistic(
      'y',
      () => null,
      () => new Promise((_, reject) => (fail = reject)),
    );
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['x', 'z']);
    fail(Object.assign(new Error('nope'), { status: 500 }));
    let error: unknown;
    await done.catch((e: unknown) => (error = e));
    await el.updateComplete;
    expect((error as Error).message).to.equal('nope');
    expect(rowIds(el)).to.deep.equal(['x', 'y', 'z']);
    expect(el.list.mutationError?.error).to.include({ type: 'api_error', status: 500 });

    // Positive control: a successful edit stays, with the server's version of the item.
    await el.list.optimistic('x', { read: true }, async () => ({ ...item('x', 5), read: true }));
    await el.updateComplete;
    expect(row(el, 'x')!.hasAttribute('data-read')).to.equal(true);
  });

  it('its own mutation does not reload it through invalidation; another element on the same tag reloads', async () => {
    server.items = [item('x', 5), item('y', 4)];
    const instance = new FakeInstance();
    const mine = await mount(instance);
    const other = await mount(instance);
    const before = server.requests.length;
    await mine.list.mutate(async ({ origin }) => instance.client.invalidate(['items'], origin));
    await waitUntil(() => server.requests.length > before, 'the other list did not reload');
    await other.list.loadComplete;
    const reloads = server.requests.slice(before).map((r) => r.signal);
    // Both cursors of the other element reloaded, none of mine.
    expect(reloads).to.have.length(2);
    // Positive control: an invalidation with no origin reloads both.
    const again = server.requests.length;
    instance.client.invalidate(['items']);
    await waitUntil(() => server.requests.length === again + 4, 'both lists should reload');
  });

  it('aborts the load in flight once disconnected past the task and loads again when reattached', async () => {
    server.items = [item('x', 5)];
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve));
    const el = await fixture<TestCollection>(
      html`<test-collection .dialstack=${new FakeInstance()}></test-collection>`,
    );
    await waitUntil(() => server.requests.length === 2, 'no request');
    const parent = el.parentElement!;
    el.remove();
    await Promise.resolve();
    expect(server.requests.every((r) => r.signal?.aborted)).to.equal(true);
    server.gate = undefined;
    open();
    parent.append(el);
    await waitUntil(() => rowIds(el).length === 1, 'did not reload after reattaching');
  });

  it('starts over when its args change, and renders what source marks unavailable', async () => {
    server.items = [item('x', 5), item('q', 6, 'c')];
    const el = await mount(new FakeInstance());
    el.list.select(['x']);
    el.boxes = 'c';
    await waitUntil(() => rowIds(el).join() === 'q', 'did not switch');
    expect(el.list.selected.size).to.equal(0);
    el.boxes = '';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="unavailable"]'), 'no view');
    expect(el.list.status).to.equal('unavailable');
    expect(rowIds(el)).to.deep.equal([]);
  });

  it('shows the signed-out state and forgets its items after logout', async () => {
    server.items = [item('x', 5)];
    const instance = new FakeInstance();
    const el = await mount(instance);
    expect(rowIds(el)).to.deep.equal(['x']);
    await instance.logout();
    await el.updateComplete;
    expect(el.list.status).to.equal('signed-out');
    expect(el.list.items).to.deep.equal([]);
    expect(rowIds(el)).to.deep.equal([]);
  });
});

describe('CollectionController: the first request', () => {
  it('leaves as the element connects, before its first render, and the first update does not repeat it', async () => {
    server.items = [item('x1', 2), item('x2', 1)];
    const el = document.createElement('test-collection') as TestCollection;
    el.dialstack = new FakeInstance();
    el.setAttribute('boxes', 'a');
    document.body.append(el);
    try {
      // Synchronously, in the task that connected it: nothing rendered yet.
      expect(server.requests.map((r) => r.path)).to.deep.equal(['/v1/items']);
      expect(el.hasUpdated).to.equal(false);
      await waitUntil(() => rowIds(el).length === 2, 'rows');
      expect(server.requests).to.have.length(1);
      expect(server.requests[0]!.signal?.aborted).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('a plain data task (positive control) requests in the first update, not on connect', async () => {
    const instance = new FakeInstance({
      get: async () => ({ object: 'list', url: '', next_page_url: null, data: ['c1'] }),
    });
    const el = document.createElement('test-call-list') as TestCallList;
    el.dialstack = instance;
    document.body.append(el);
    try {
      expect(instance.client.requests).to.deep.equal([]);
      await el.updateComplete;
      expect(instance.client.requests).to.deep.equal(['/v1/calls?direction=all']);
    } finally {
      el.remove();
    }
  });

  it('waits for an instance: an element connected before one exists loads once it arrives', async () => {
    server.items = [item('y1', 1)];
    const el = document.createElement('test-collection') as TestCollection;
    el.setAttribute('boxes', 'a');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(server.requests).to.have.length(0);
      el.dialstack = new FakeInstance();
      await waitUntil(() => rowIds(el).length === 1, 'rows');
      expect(server.requests).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});
