import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../components/voicemails/define';
import type { DialstackVoicemails } from '../components/voicemails/voicemails';
import { defaultStore } from '../dev/mock-api/handlers';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withApi, withAppearance } from './support';

interface Args {
  owner?: string;
  filter: 'all' | 'unread';
  userId?: string;
  pageSize: number;
  width?: string;
}

const facts = defaultStore.facts;
const frontDeskBox = facts.sharedVoicemailBoxes.frontDesk;
const frontDeskUser = facts.users.frontDesk;

const meta: Meta<Args> = {
  title: 'Elements/Voicemails',
  component: 'dialstack-voicemails',
  args: { filter: 'all', pageSize: 25, width: '960px' },
  argTypes: {
    owner: { control: 'text', description: 'A user or shared voicemail box id; empty = all' },
    filter: { control: 'inline-radio', options: ['all', 'unread'] },
    userId: { control: 'text', description: 'Calls back as this user (POST /v1/calls)' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    width: { control: 'text' },
  },
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-voicemails
        .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
        owner=${ifDefined(args.owner)}
        filter=${args.filter}
        user-id=${ifDefined(args.userId)}
        page-size=${args.pageSize}
        @dialstack-unread-change=${(e: CustomEvent) => console.info('dialstack-unread-change', e.detail)}
        @dialstack-row-select=${(e: CustomEvent) => console.info('dialstack-row-select', e.detail)}
        @dialstack-voicemail-play=${(e: CustomEvent) => console.info('dialstack-voicemail-play', e.detail)}
        @dialstack-voicemail-pause=${(e: CustomEvent) => console.info('dialstack-voicemail-pause', e.detail)}
        @dialstack-voicemail-delete=${(e: CustomEvent) => console.info('dialstack-voicemail-delete', e.detail)}
        @dialstack-call-back=${(e: CustomEvent) => console.info('dialstack-call-back', e.detail)}
      ></dialstack-voicemails>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- helpers for stories that show a state reached by interaction ----

async function inbox(canvasElement: HTMLElement): Promise<DialstackVoicemails> {
  const el = canvasElement.querySelector('dialstack-voicemails')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part~="row"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

function rowButton(el: DialstackVoicemails, id?: string): HTMLButtonElement {
  const selector = id ? `[part~="row"][data-id="${id}"] .row__main` : '[part~="row"] .row__main';
  return el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
}

const openVoicemail =
  (id?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await inbox(canvasElement);
    rowButton(el, id).click();
  };

const selectThree = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await inbox(canvasElement);
  const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>(
    '[part~="row"] input[type="checkbox"]',
  );
  for (const box of [...boxes].slice(0, 3)) box.click();
};

/** A control inside the opened voicemail (its own element, with the lazily loaded detail). */
async function inDetail(el: DialstackVoicemails, selector: string): Promise<HTMLButtonElement> {
  const find = () =>
    el
      .shadowRoot!.querySelector('dialstack-voicemail-detail')
      ?.shadowRoot?.querySelector<HTMLButtonElement>(selector);
  await waitFor(() => expect(find()).toBeTruthy(), { timeout: 8000 });
  return find()!;
}

const confirmDelete = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await inbox(canvasElement);
  rowButton(el).click();
  (await inDetail(el, '.detail__delete')).click();
  await waitFor(() => expect(el.shadowRoot!.querySelector('dialog[open]')).toBeTruthy());
};

const search =
  (query: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await inbox(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = query;
    input.dispatchEvent(new Event('input'));
  };

// ---- API overrides ----

const listPath = '*/v1/voicemails';
const neverAnswer = http.get(listPath, () => new Promise<never>(() => {}));
const serverError = http.get(listPath, () =>
  HttpResponse.json({ error: 'Internal server error', code: 'internal' }, { status: 500 }),
);
const emptyList = (url: string) => ({
  object: 'list',
  url,
  next_page_url: null,
  previous_page_url: null,
  data: [],
});
const nothingUnread = http.get(listPath, ({ request }) =>
  new URL(request.url).searchParams.get('is_read') === 'false'
    ? HttpResponse.json(emptyList('/v1/voicemails'))
    : undefined,
);
const audioMissing = http.get('*/mock-media/voicemails/:file', () =>
  HttpResponse.json({ error: 'Not found', code: 'not_found' }, { status: 404 }),
);
const transcriptWithMarkup = http.get('*/v1/voicemails/:id/transcript', ({ params }) =>
  HttpResponse.json({
    voicemail_id: params.id,
    status: 'completed',
    text: 'Hi, it’s <b>Dana</b> — please call me back about <script>alert(1)</script> my refill.',
  }),
);

// ---- stories ----

/** Every mailbox the session can see, with each voicemail's mailbox named. */
export const Default: Story = { parameters: { ...light } };
export const DefaultDark: Story = { name: 'Default (dark)', parameters: { ...dark } };

/** One shared box (`owner`): the mailbox column goes away. */
export const SharedBox: Story = { args: { owner: frontDeskBox }, parameters: { ...light } };
export const SharedBoxDark: Story = {
  name: 'Shared box (dark)',
  args: { owner: frontDeskBox },
  parameters: { ...dark },
};

export const Unread: Story = { args: { filter: 'unread' }, parameters: { ...light } };
export const UnreadDark: Story = {
  name: 'Unread (dark)',
  args: { filter: 'unread' },
  parameters: { ...dark },
};

/** Opened: the player, the AI summary, the transcript and the actions. */
export const Opened: Story = {
  args: { userId: frontDeskUser },
  parameters: { ...light },
  play: openVoicemail(facts.voicemails.voicemailUnreadCompleted),
};
export const OpenedDark: Story = {
  name: 'Opened (dark)',
  args: { userId: frontDeskUser },
  parameters: { ...dark },
  play: openVoicemail(facts.voicemails.voicemailUnreadCompleted),
};

/** A transcript still being processed is shown as such and re-checked on a timer. */
export const TranscriptProcessing: Story = {
  parameters: { ...light },
  play: openVoicemail(facts.voicemails.voicemailProcessingTranscript),
};
export const TranscriptProcessingDark: Story = {
  name: 'Transcript processing (dark)',
  parameters: { ...dark },
  play: openVoicemail(facts.voicemails.voicemailProcessingTranscript),
};

/** Markup in a transcript is text, never HTML. */
export const TranscriptWithMarkup: Story = {
  parameters: { ...light, ...withApi(transcriptWithMarkup) },
  play: openVoicemail(),
};

/** The recording cannot be fetched: press play to see "Audio unavailable" and its retry. */
export const AudioUnavailable: Story = {
  parameters: { ...light, ...withApi(audioMissing) },
  play: async (context) => {
    await openVoicemail()(context);
    const el = await inbox(context.canvasElement);
    (await inDetail(el, '.player__toggle')).click();
  },
};
export const AudioUnavailableDark: Story = {
  name: 'Audio unavailable (dark)',
  parameters: { ...dark, ...withApi(audioMissing) },
  play: AudioUnavailable.play,
};

export const BulkSelection: Story = { parameters: { ...light }, play: selectThree };
export const BulkSelectionDark: Story = {
  name: 'Bulk selection (dark)',
  parameters: { ...dark },
  play: selectThree,
};

/** Delete asks first; after confirming, "Undo" is offered before anything is sent. */
export const DeleteConfirmation: Story = { parameters: { ...light }, play: confirmDelete };
export const DeleteConfirmationDark: Story = {
  name: 'Delete confirmation (dark)',
  parameters: { ...dark },
  play: confirmDelete,
};

export const SearchNoMatches: Story = { parameters: { ...light }, play: search('zzz') };
export const SearchNoMatchesDark: Story = {
  name: 'Search, no matches (dark)',
  parameters: { ...dark },
  play: search('zzz'),
};

export const Narrow: Story = { args: { width: '360px', pageSize: 8 }, parameters: { ...light } };
export const NarrowDark: Story = {
  name: 'Narrow (dark)',
  args: { width: '360px', pageSize: 8 },
  parameters: { ...dark },
};

export const Loading: Story = { parameters: { ...light, ...withApi(neverAnswer) } };
export const LoadingDark: Story = {
  name: 'Loading (dark)',
  parameters: { ...dark, ...withApi(neverAnswer) },
};

/** A mailbox with no voicemails. */
export const Empty: Story = { args: { owner: 'usr_no_voicemails' }, parameters: { ...light } };
export const EmptyDark: Story = {
  name: 'Empty (dark)',
  args: { owner: 'usr_no_voicemails' },
  parameters: { ...dark },
};

export const AllCaughtUp: Story = {
  args: { filter: 'unread' },
  parameters: { ...light, ...withApi(nothingUnread) },
};
export const AllCaughtUpDark: Story = {
  name: 'All caught up (dark)',
  args: { filter: 'unread' },
  parameters: { ...dark, ...withApi(nothingUnread) },
};

export const Error: Story = { parameters: { ...light, ...withApi(serverError) } };
export const ErrorDark: Story = {
  name: 'Error (dark)',
  parameters: { ...dark, ...withApi(serverError) },
};

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-voicemails',
  says: { es: 'Buzón de voz', fr: 'Messagerie vocale' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);
