import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  callerIdProblem,
  entryMatches,
  entryTab,
  mergePhoneList,
  PhoneListPager,
  sortEntries,
  tabCounts,
  targetKindsFor,
  visibleEntries,
  type NumberOrder,
  type PhoneListEntry,
  type PhoneNumber,
  type PortOrder,
} from './phone-numbers.data';
import {
  orderOutcomes,
  validateSearch,
  widerSearch,
  EMPTY_SEARCH,
} from '../phone-number-ordering/phone-number-ordering.data';

const iso = '2026-01-01T00:00:00Z';
const number = (id: string, phone: string, extra: Partial<PhoneNumber> = {}): PhoneNumber => ({
  id,
  phone_number: phone,
  status: 'active',
  outbound_enabled: true,
  routing_target: null,
  caller_id_name: null,
  created_at: iso,
  updated_at: iso,
  ...extra,
});
const order = (id: string, phones: string[], extra: Partial<NumberOrder> = {}): NumberOrder => ({
  id,
  order_type: 'purchase',
  status: 'pending',
  phone_numbers: phones,
  completed_numbers: [],
  failed_numbers: [],
  created_at: iso,
  updated_at: iso,
  ...extra,
});
const port = (id: string, status: PortOrder['status'], phones: string[]): PortOrder =>
  ({
    id,
    status,
    details: { phone_numbers: phones },
    created_at: iso,
    updated_at: iso,
  }) as PortOrder;

// ---- Arbitraries (contract-shaped, including odd but valid values) ----
const e164 = fc
  .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9_999_999 }))
  .map(([a, b]) => `+1${a}${String(b).padStart(7, '0')}`);
const anyString = fc.string({ maxLength: 20 });
const phoneNumberArb: fc.Arbitrary<PhoneNumber> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `did_${s}`),
  phone_number: fc.oneof(e164, anyString),
  status: fc.constantFrom('active', 'inactive', 'released'),
  outbound_enabled: fc.boolean(),
  caller_id_name: fc.option(anyString, { nil: null }),
  routing_target: fc.option(
    fc.oneof(fc.constantFrom('user_1', 'dp_1', 'rg_2', 'svm_9', 'va_3'), anyString),
    { nil: null },
  ),
  created_at: fc.constant(iso),
  updated_at: fc.constant(iso),
});
const orderArb: fc.Arbitrary<NumberOrder> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `nord_${s}`),
  order_type: fc.constantFrom('purchase', 'disconnect'),
  status: fc.constantFrom('pending', 'complete', 'partial', 'failed'),
  phone_numbers: fc.array(fc.oneof(e164, anyString), { maxLength: 4 }),
  completed_numbers: fc.array(e164, { maxLength: 2 }),
  failed_numbers: fc.array(e164, { maxLength: 2 }),
  created_at: fc.constant(iso),
  updated_at: fc.constant(iso),
});
const portArb: fc.Arbitrary<PortOrder> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `por_${s}`),
    status: fc.constantFrom(
      'draft',
      'approved',
      'submitted',
      'exception',
      'foc',
      'complete',
      'cancelled',
    ),
    phones: fc.array(e164, { maxLength: 3 }),
  })
  .map(({ id, status, phones }) => port(id, status, phones));

describe('phone numbers data: the merged list', () => {
  it('numbers, the numbers of pending purchase orders and port orders, in their tabs', () => {
    const entries = mergePhoneList(
      [
        number('did_1', '+15035550100'),
        number('did_2', '+15035550101', { status: 'inactive' }),
        number('did_3', '+15035550102', { status: 'released' }),
      ],
      [
        order('nord_1', ['+15035550112', '+15035550113']),
        order('nord_2', ['+15035550114'], { status: 'complete' }),
        order('nord_3', ['+15035550101'], { order_type: 'disconnect' }),
      ],
      [port('por_1', 'exception', ['+15415550120']), port('por_2', 'cancelled', ['+15415550130'])],
    );
    const byTab = (tab: string) => entries.filter((e) => entryTab(e) === tab).map((e) => e.id);
    expect(byTab('active')).to.deep.equal(['did_1', 'did_2']);
    expect(byTab('in_progress')).to.deep.equal([
      'nord_1:+15035550112',
      'nord_1:+15035550113',
      'por_1',
    ]);
    expect(byTab('released')).to.deep.equal(['did_3', 'por_2']);
    expect(tabCounts(entries)).to.deep.equal({ active: 2, in_progress: 3, released: 2 });
  });

  it('a pending order number already on the account, or a complete port of owned numbers, shows once', () => {
    const entries = mergePhoneList(
      [number('did_1', '+15035550112')],
      [order('nord_1', ['+15035550112'])],
      [port('por_1', 'complete', ['+15035550112'])],
    );
    expect(entries.map((e) => e.id)).to.deep.equal(['did_1']);
  });

  it('never throws and gives unique ids for any contract-shaped input', () => {
    fc.assert(
      fc.property(
        fc.array(phoneNumberArb, { maxLength: 12 }),
        fc.array(orderArb, { maxLength: 5 }),
        fc.array(portArb, { maxLength: 5 }),
        fc.string({ maxLength: 12 }),
        (numbers, orders, ports, query) => {
          const entries = mergePhoneList(numbers, orders, ports);
          expect(new Set(entries.map((e) => e.id)).size).to.equal(entries.length);
          const counts = tabCounts(entries);
          expect(counts.active + counts.in_progress + counts.released).to.equal(entries.length);
          for (const tab of ['active', 'in_progress', 'released'] as const)
            for (const key of ['number', 'caller_id', 'routing', 'status'] as const)
              visibleEntries(entries, { tab, query, sort: { key, direction: 'descending' } });
        },
      ),
    );
  });
});

describe('phone numbers data: search', () => {
  const entry: PhoneListEntry = {
    kind: 'number',
    id: 'did_1',
    phoneNumbers: ['+15035550100'],
    item: number('did_1', '+15035550100', {
      caller_id_name: 'RIVERSIDE CLIN',
      routing_target: 'dp_1',
    }),
  };
  it('finds digits typed in any format', () => {
    for (const query of [
      '(503) 555-0100',
      '503.555.0100',
      '+1 503 555 0100',
      '1-503-555',
      '0100',
      ' 5550 ',
    ])
      expect(entryMatches(entry, query), query).to.equal(true);
    for (const query of ['(503) 555-0199', '4155550100'])
      expect(entryMatches(entry, query)).to.equal(false);
  });

  it('finds words in the caller ID name and the routing target name', () => {
    const names = (id: string) => (id === 'dp_1' ? 'Main Line' : undefined);
    expect(entryMatches(entry, 'riverside', names)).to.equal(true);
    expect(entryMatches(entry, 'main line', names)).to.equal(true);
    expect(entryMatches(entry, 'billing', names)).to.equal(false);
  });

  it('every number is found by its own digits, in any formatting', () => {
    fc.assert(
      fc.property(e164, fc.constantFrom(' ', '-', '.', ''), fc.boolean(), (phone, sep, paren) => {
        const d = phone.slice(2);
        const typed = paren
          ? `(${d.slice(0, 3)})${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`
          : `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
        const e: PhoneListEntry = {
          kind: 'number',
          id: 'x',
          phoneNumbers: [phone],
          item: number('x', phone),
        };
        expect(entryMatches(e, typed)).to.equal(true);
      }),
    );
  });
});

describe('phone numbers data: sorting', () => {
  const entries = mergePhoneList(
    [
      number('did_1', '+15035550102', { caller_id_name: 'B' }),
      number('did_2', '+15035550100', { caller_id_name: null }),
      number('did_3', '+15035550101', { caller_id_name: 'A' }),
    ],
    [],
    [],
  );
  it('by number both ways; blanks last whatever the direction', () => {
    expect(
      sortEntries(entries, { key: 'number', direction: 'ascending' }).map((e) => e.id),
    ).to.deep.equal(['did_2', 'did_3', 'did_1']);
    expect(
      sortEntries(entries, { key: 'number', direction: 'descending' }).map((e) => e.id),
    ).to.deep.equal(['did_1', 'did_3', 'did_2']);
    expect(
      sortEntries(entries, { key: 'caller_id', direction: 'ascending' }).map((e) => e.id),
    ).to.deep.equal(['did_3', 'did_1', 'did_2']);
    expect(
      sortEntries(entries, { key: 'caller_id', direction: 'descending' }).map((e) => e.id),
    ).to.deep.equal(['did_1', 'did_3', 'did_2']);
  });
});

describe('phone numbers data: caller ID name and target lists', () => {
  it('at most 15 letters, digits, spaces and hyphens', () => {
    expect(callerIdProblem('')).to.equal(null);
    expect(callerIdProblem('RIVERSIDE-CLIN1')).to.equal(null);
    expect(callerIdProblem('RIVERSIDE CLINIC')).to.equal('tooLong');
    expect(callerIdProblem('Dr. Chen')).to.equal('characters');
    expect(callerIdProblem('Café')).to.equal('characters');
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        const problem = callerIdProblem(value);
        if (problem === null) expect(/^[A-Za-z0-9 -]{0,15}$/.test(value)).to.equal(true);
      }),
    );
  });

  it('asks for one list per kind of target in use', () => {
    expect(
      targetKindsFor([
        number('a', '+1', { routing_target: 'user_1' }),
        number('b', '+1', { routing_target: 'user_2' }),
        number('c', '+1', { routing_target: 'dp_1' }),
        number('d', '+1'),
      ]),
    ).to.deep.equal(['user', 'dial_plan']);
    expect(targetKindsFor([number('a', '+1', { routing_target: 'x_1' })])).to.have.length(5);
  });
});

describe('phone number ordering data', () => {
  it('validates each field as the contract says before any request', () => {
    const v = (form: Partial<typeof EMPTY_SEARCH>) => validateSearch({ ...EMPTY_SEARCH, ...form });
    expect(v({ areaCode: '503' })).to.deep.equal({
      ok: true,
      query: { quantity: 10, area_code: '503' },
    });
    expect(v({ areaCode: '50' })).to.deep.include({ ok: false });
    expect(v({ state: 'or' })).to.deep.equal({ ok: false, problems: { state: 'state' } });
    expect(v({ zip: '9720' })).to.deep.equal({ ok: false, problems: { zip: 'zip' } });
    expect(v({ npaNxx: '50355' })).to.deep.equal({ ok: false, problems: { npaNxx: 'npaNxx' } });
    expect(v({ areaCode: '503', quantity: '101' })).to.deep.equal({
      ok: false,
      problems: { quantity: 'quantity' },
    });
    expect(v({ areaCode: '503', quantity: '0' })).to.deep.include({ ok: false });
    expect(v({ city: 'Portland' })).to.deep.equal({
      ok: false,
      problems: { state: 'cityNeedsState' },
    });
    expect(v({})).to.deep.equal({ ok: false, problems: { form: 'nothingToSearch' } });
    expect(v({ city: 'Portland', state: 'OR', quantity: '100' })).to.deep.equal({
      ok: true,
      query: { quantity: 100, city: 'Portland', state: 'OR' },
    });
  });

  it('a valid query always matches the contract patterns; never throws', () => {
    fc.assert(
      fc.property(
        fc.record({
          areaCode: fc.string({ maxLength: 4 }),
          city: fc.string({ maxLength: 6 }),
          state: fc.string({ maxLength: 3 }),
          zip: fc.string({ maxLength: 6 }),
          npaNxx: fc.string({ maxLength: 7 }),
          quantity: fc.oneof(
            fc.integer({ min: -5, max: 120 }).map(String),
            fc.string({ maxLength: 3 }),
          ),
        }),
        (form) => {
          const result = validateSearch(form);
          if (!result.ok) return;
          const q = result.query;
          if (q.area_code !== undefined) expect(q.area_code).to.match(/^\d{3}$/);
          if (q.state !== undefined) expect(q.state).to.match(/^[A-Z]{2}$/);
          if (q.zip !== undefined) expect(q.zip).to.match(/^\d{5}$/);
          if (q.npa_nxx !== undefined) expect(q.npa_nxx).to.match(/^\d{6}$/);
          if (q.city !== undefined) expect(q.state).to.be.a('string');
          expect(q.quantity).to.be.within(1, 100);
        },
      ),
    );
  });

  it('suggests a wider search', () => {
    expect(widerSearch({ npa_nxx: '503555' })).to.deep.equal({ npaNxx: '', areaCode: '503' });
    expect(widerSearch({ city: 'Nowhere', state: 'OR' })).to.deep.equal({ city: '' });
    expect(widerSearch({ state: 'OR' })).to.equal(undefined);
  });

  it('per-number outcomes', () => {
    expect(
      orderOutcomes(
        order('n', ['+15035550171', '+15035550199'], {
          status: 'partial',
          completed_numbers: ['+15035550171'],
          failed_numbers: ['+15035550199'],
        }),
      ),
    ).to.deep.equal([
      { phoneNumber: '+15035550171', ok: true },
      { phoneNumber: '+15035550199', ok: false },
    ]);
  });
});

describe('phone numbers data: the pager (scroll loading)', () => {
  it('first the orders, ports and a page of numbers, then one page of numbers per call', async () => {
    const numbers = Array.from({ length: 5 }, (_, i) => number(`did_${i}`, `+1503555010${i}`));
    const requested: string[] = [];
    const page = <T>(data: T[], next: string | null) => ({
      object: 'list' as const,
      url: '',
      next_page_url: next,
      previous_page_url: null,
      data,
    });
    const client = {
      page: async (path: string) => {
        requested.push(path);
        if (path.startsWith('/v1/phone-number-orders'))
          return page([order('nord_1', ['+15035550190'])], null);
        if (path.startsWith('/v1/port-orders'))
          return page([port('por_1', 'foc', ['+15415550120'])], null);
        if (path === '/v1/phone-numbers')
          return page(numbers.slice(0, 2), 'https://x/v1/phone-numbers?c=2');
        if (path.endsWith('c=2'))
          return page(numbers.slice(2, 4), 'https://x/v1/phone-numbers?c=4');
        return page(numbers.slice(4), null);
      },
    } as unknown as import('../../src/core/types').DialstackClient;
    const pager = new PhoneListPager(client, 2);
    expect(pager.hasMore).to.equal(true);
    const first = await pager.next(4);
    expect(first.map((e) => e.id)).to.deep.equal([
      'did_0',
      'did_1',
      'nord_1:+15035550190',
      'por_1',
    ]);
    expect(requested).to.have.length(3);
    const second = await pager.next(4);
    expect(second.map((e) => e.id)).to.deep.equal(['did_2', 'did_3', 'did_4']);
    expect(pager.hasMore).to.equal(false);
    expect(requested.slice(3)).to.deep.equal([
      'https://x/v1/phone-numbers?c=2',
      'https://x/v1/phone-numbers?c=4',
    ]);
  });
});
