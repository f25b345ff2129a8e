/**
 * The opened voicemail of `<dialstack-voicemails>`: opening it (unless the host cancels
 * `dialstack-row-select`), closing it, and play/pause from its row, which opens it first. Its
 * player and transcript come from the lazily loaded parts.
 */
import { dispatchDialstackEvent } from '../../src/base/events';
import type { Voicemail } from './voicemails.data';
import type { VoicemailsHost } from './voicemails.host';
import type { LazyPartsLoader } from './voicemails.lazy-parts';

export class OpenVoicemail {
  /** The voicemail whose detail (player, transcript) is active. */
  private detailId?: string;

  constructor(
    private readonly view: VoicemailsHost,
    private readonly lazyParts: LazyPartsLoader,
  ) {}

  /** Whether a voicemail's detail is active. */
  get active(): boolean {
    return this.detailId !== undefined;
  }

  /** The list no longer has the voicemail open (a refresh found it gone): its detail closes. */
  closeIfGone(): void {
    if (this.detailId && this.view.openId() !== this.detailId) this.close();
  }

  toggle(item: Voicemail): void {
    if (this.view.openId() === item.id) this.close();
    else this.open(item);
  }

  /** Opens a voicemail unless the host cancels `dialstack-row-select`; true when open. */
  open(item: Voicemail): boolean {
    const detail = { id: item.id, item };
    if (
      !dispatchDialstackEvent(this.view.host, 'dialstack-row-select', detail, { cancelable: true })
    ) {
      return false;
    }
    if (this.detailId) this.close();
    this.view.list().open(item.id);
    this.detailId = item.id;
    this.lazyParts.with(({ playback, transcripts }) => {
      if (this.view.openId() !== item.id) return;
      playback.playerFor(item);
      transcripts.ensure(item.id);
    });
    return true;
  }

  close(): void {
    const id = this.detailId;
    const lazy = this.lazyParts.parts;
    lazy?.playback.close();
    this.detailId = undefined;
    if (this.view.openId() !== undefined) this.view.list().open(undefined);
    if (id) lazy?.transcripts.stop(id);
  }

  /** Space on a row or in its detail: play/pause the voicemail (opening it first). */
  togglePlayback(item: Voicemail): void {
    if (this.view.openId() !== item.id && !this.open(item)) return;
    void this.lazyParts.load().then(({ playback }) => playback.toggle(item));
  }
}
