import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import '../components/call-logs/define';
import { defaultStore } from '../dev/mock-api/handlers';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withApi, withAppearance } from './support';

interface Args {
  direction?: string;
  status?: string;
  userId?: string;
  fromDate?: string;
  toDate?: string;
  phoneNumber?: string;
  pageSize?: number;
  hideFilters: boolean;
  width?: string;
}

const facts = defaultStore.facts;

const meta: Meta<Args> = {
  title: 'Elements/Call logs',
  component: 'dialstack-call-logs',
  args: { hideFilters: false, width: '1200px' },
  argTypes: {
    direction: { control: 'select', options: [undefined, 'inbound', 'outbound', 'internal'] },
    status: {
      control: 'select',
      options: [undefined, 'completed', 'no-answer', 'busy', 'failed', 'voicemail'],
    },
    userId: { control: 'text' },
    fromDate: { control: 'text', description: 'YYYY-MM-DD or an ISO instant' },
    toDate: { control: 'text', description: 'YYYY-MM-DD (whole day) or an ISO instant' },
    phoneNumber: { control: 'text', description: 'E.164 or an extension' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    hideFilters: { control: 'boolean' },
    width: { control: 'text' },
  },
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-call-logs
        .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
        direction=${ifDefined(args.direction)}
        status=${ifDefined(args.status)}
        user-id=${ifDefined(args.userId)}
        from-date=${ifDefined(args.fromDate)}
        to-date=${ifDefined(args.toDate)}
        phone-number=${ifDefined(args.phoneNumber)}
        page-size=${ifDefined(args.pageSize)}
        ?hide-filters=${args.hideFilters}
        @dialstack-row-select=${(e: CustomEvent) => console.info('dialstack-row-select', e.detail)}
      ></dialstack-call-logs>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const listPage = (data: unknown[]) => ({
  object: 'list',
  url: '/v1/calls',
  next_page_url: null,
  previous_page_url: null,
  data,
});

/** A request that never answers, to hold the loading state. */
const neverAnswer = http.get('*/v1/calls', () => new Promise<never>(() => {}));
const serverError = http.get('*/v1/calls', () =>
  HttpResponse.json({ error: 'Internal server error', code: 'internal' }, { status: 500 }),
);
const noCalls = http.get('*/v1/calls', () => HttpResponse.json(listPage([])));
/** Nulls everywhere, values the contract doesn't list, and text that looks like HTML. */
const oddData = http.get('*/v1/calls', () =>
  HttpResponse.json(
    listPage([
      {
        id: 'call_odd_1',
        direction: 'sideways',
        status: 'teleported',
        from_number: '+14155550100',
        from_label: '<img src=x onerror=alert(1)>',
        to_number: '1001',
        to_label: null,
        started_at: new Date().toISOString(),
        answered_at: null,
        ended_at: null,
        duration_seconds: null,
        user_id: null,
        summary: '<script>alert(1)</script>',
        quality_metrics: [],
      },
      {
        id: 'call_odd_2',
        direction: 'inbound',
        status: 'completed',
        from_number: '+442071838750',
        from_label: null,
        to_number: '+15035550100',
        to_label: 'Main Line',
        started_at: new Date(Date.now() - 86_400_000).toISOString(),
        answered_at: new Date(Date.now() - 86_390_000).toISOString(),
        ended_at: new Date(Date.now() - 86_000_000).toISOString(),
        duration_seconds: 390,
        user_id: 'user_gone',
        summary: null,
        quality_metrics: [{ leg: 'pstn', mos: 3.4, jitter_ms: 31.2, packet_loss_pct: 2.8 }],
      },
    ]),
  ),
);

/** Clicks the first row (or the row of `id`) so the detail panel opens. */
function openRow(id?: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('dialstack-call-logs')!;
    for (let i = 0; i < 100; i++) {
      const row = el.shadowRoot?.querySelector<HTMLElement>(
        id ? `[part~="row"][data-id="${id}"]` : '[part~="row"]',
      );
      if (row) {
        row.click();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
}

const recorded = facts.calls.inboundRecordedCompletedTranscript;
const processing = facts.calls.outboundCallBackProcessingTranscript;

export const Default: Story = { parameters: { ...light } };
export const DefaultDark: Story = { name: 'Default (dark)', parameters: { ...dark } };

/** The detail panel: times, quality per leg, summary, recording and transcript. */
export const Detail: Story = { parameters: { ...light }, play: openRow(recorded) };
export const DetailDark: Story = {
  name: 'Detail (dark)',
  parameters: { ...dark },
  play: openRow(recorded),
};

/** A transcript still being produced: shown as such and re-checked. */
export const TranscriptProcessing: Story = {
  parameters: { ...light },
  play: openRow(processing),
};
export const TranscriptProcessingDark: Story = {
  name: 'Transcript processing (dark)',
  parameters: { ...dark },
  play: openRow(processing),
};

/** Filters from attributes, reflected in the filter bar. */
export const Filtered: Story = {
  args: { direction: 'inbound', status: 'completed', userId: facts.users.frontDesk },
  parameters: { ...light },
};
export const FilteredDark: Story = {
  name: 'Filtered (dark)',
  args: { direction: 'inbound', status: 'completed', userId: facts.users.frontDesk },
  parameters: { ...dark },
};

/** Calls from or to one number (both directions, merged). */
export const PhoneNumber: Story = {
  args: { phoneNumber: facts.numberWithBothDirections },
  parameters: { ...light },
};
export const PhoneNumberDark: Story = {
  name: 'Phone number (dark)',
  args: { phoneNumber: facts.numberWithBothDirections },
  parameters: { ...dark },
};

/** Classic pages with Previous/Next instead of infinite scroll. */
export const Pages: Story = { args: { pageSize: 10 }, parameters: { ...light } };
export const PagesDark: Story = {
  name: 'Pages (dark)',
  args: { pageSize: 10 },
  parameters: { ...dark },
};

export const HiddenFilters: Story = { args: { hideFilters: true }, parameters: { ...light } };
export const HiddenFiltersDark: Story = {
  name: 'Hidden filters (dark)',
  args: { hideFilters: true },
  parameters: { ...dark },
};

/** A phone-width container: cards instead of columns, filters behind a toggle. */
export const Narrow: Story = { args: { width: '360px' }, parameters: { ...light } };
export const NarrowDark: Story = {
  name: 'Narrow (dark)',
  args: { width: '360px' },
  parameters: { ...dark },
};

export const Loading: Story = { parameters: { ...light, ...withApi(neverAnswer) } };
export const LoadingDark: Story = {
  name: 'Loading (dark)',
  parameters: { ...dark, ...withApi(neverAnswer) },
};

/** Filters that match nothing: says so and offers to clear them. */
export const EmptyFiltered: Story = { args: { fromDate: '2099-01-01' }, parameters: { ...light } };
export const EmptyFilteredDark: Story = {
  name: 'Empty filtered (dark)',
  args: { fromDate: '2099-01-01' },
  parameters: { ...dark },
};

/** An account with no calls yet. */
export const Empty: Story = { parameters: { ...light, ...withApi(noCalls) } };
export const EmptyDark: Story = {
  name: 'Empty (dark)',
  parameters: { ...dark, ...withApi(noCalls) },
};

export const Error: Story = { parameters: { ...light, ...withApi(serverError) } };
export const ErrorDark: Story = {
  name: 'Error (dark)',
  parameters: { ...dark, ...withApi(serverError) },
};

/** Nulls as dashes, unknown values raw in neutral badges, HTML-looking text as text. */
export const OddData: Story = { parameters: { ...light, ...withApi(oddData) } };
export const OddDataDark: Story = {
  name: 'Odd data (dark)',
  parameters: { ...dark, ...withApi(oddData) },
};

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-call-logs',
  says: { es: 'Filtrar llamadas', fr: 'Filtrer les appels' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);
