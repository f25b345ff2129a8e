/**
 * Playback of the opened voicemail: the one audio player, pointed at whichever voicemail is
 * open; `dialstack-voicemail-play`/`-pause` events; and "heard" marking the message read once
 * its audio actually plays (lazily loaded).
 */
import type { ReactiveController } from 'lit';
import { dispatchDialstackEvent } from '../../src/base/events';
import { AudioPlayerController } from '../../src/ui/audio-player';
import type { Voicemail } from './voicemails.data';
import type { VoicemailsHost } from './voicemails.host';

export class PlaybackController implements ReactiveController {
  readonly player: AudioPlayerController;
  private readonly view: VoicemailsHost;
  /** The voicemail whose audio has played since it was opened (it was marked read then). */
  private heardId?: string;

  constructor(view: VoicemailsHost) {
    this.view = view;
    this.player = new AudioPlayerController(view.host, {
      onPlay: () => this.handlePlay(),
      onPause: () => this.handlePause(false),
      onEnded: () => this.handlePause(true),
    });
    view.host.addController(this);
  }

  hostUpdated(): void {
    this.markReadWhenHeard();
  }

  /** The player, pointed at `item` when it is the open voicemail. */
  playerFor(item: Voicemail): AudioPlayerController {
    const player = this.player;
    if (this.view.openId() === item.id && player.src !== item.audio_url) {
      player.setSource(item.audio_url, { duration: item.duration_seconds });
    }
    return player;
  }

  /** Play/pause `item` if it is (still) the open voicemail. */
  toggle(item: Voicemail): void {
    const player = this.playerFor(item);
    if (this.view.openId() === item.id) player.toggle();
  }

  /** The open voicemail is closing: stop, forget the source, report the pause. */
  close(): void {
    const player = this.player;
    // The player forgets its source synchronously, so report the pause now.
    if (player.playing) this.handlePause(false);
    player.pause();
    player.setSource(null);
    this.heardId = undefined;
  }

  private get openItem(): Voicemail | undefined {
    const id = this.view.openId();
    return id ? this.view.items().find((item) => item.id === id) : undefined;
  }

  private handlePlay(): void {
    const item = this.openItem;
    if (!item) return;
    dispatchDialstackEvent(this.view.host, 'dialstack-voicemail-play', { id: item.id, item });
  }

  private handlePause(ended: boolean): void {
    const item = this.openItem;
    if (!item) return;
    dispatchDialstackEvent(this.view.host, 'dialstack-voicemail-pause', {
      id: item.id,
      item,
      currentTime: this.player.currentTime,
      ended,
    });
  }

  /**
   * Marks the open voicemail read once its audio actually plays (metadata loaded while playing),
   * not on a play attempt that then fails with "Audio unavailable". Once per opening, so
   * "Mark as unread" during playback sticks.
   */
  private markReadWhenHeard(): void {
    const item = this.openItem;
    if (!item || this.heardId === item.id) return;
    const player = this.player;
    if (!player.playing || player.state !== 'ready') return;
    this.heardId = item.id;
    if (!item.is_read) queueMicrotask(() => this.view.markHeard(item.id));
  }
}
