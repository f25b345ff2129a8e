import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type PlaybackRate = 1 | 1.5 | 2;
export type AudioPlayerState = 'idle' | 'loading' | 'ready' | 'error';

const RATES: readonly PlaybackRate[] = [1, 1.5, 2];
const MEDIA_EVENTS = [
  'loadedmetadata',
  'durationchange',
  'timeupdate',
  'play',
  'playing',
  'pause',
  'ended',
  'waiting',
  'canplay',
  'error',
  'ratechange',
] as const;

export interface AudioPlayerOptions {
  /** Seconds moved by the arrow keys on the seek slider (default 5). */
  seekStep?: number;
  /** Seconds moved by PageUp/PageDown (default 30). */
  pageStep?: number;
  /** Creates the media element (default `new Audio()`); a seam for tests. */
  createMedia?: () => HTMLMediaElement;
  onPlay?: () => void;
  onPause?: () => void;
  onEnded?: () => void;
  /** The media failed to load or play. */
  onError?: () => void;
}

export interface AudioSourceOptions {
  /** A duration known in advance (e.g. `duration_seconds`); shown before metadata loads and
   * lets the player skip fetching metadata until the user presses play. */
  duration?: number | null;
}

/**
 * Playback state for one audio source (a recording, a voicemail), driven by media events —
 * `timeupdate`, `loadedmetadata`, `play`/`pause`, `error` — never by polling. Only one player
 * on the page plays at a time: starting one pauses the others. Render it with
 * `audioPlayerTemplate` (see `audio-player-template.ts`).
 */
export class AudioPlayerController implements ReactiveController {
  /** Every connected player, so starting one can pause the others. */
  private static readonly players = new Set<AudioPlayerController>();

  private readonly host: ReactiveControllerHost;
  private readonly options: AudioPlayerOptions;
  private media?: HTMLMediaElement;
  private source?: string;
  private knownDuration = 0;
  private status: AudioPlayerState = 'idle';
  private isPlaying = false;
  private position = 0;
  private rateValue: PlaybackRate = 1;

  constructor(host: ReactiveControllerHost, options: AudioPlayerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get src(): string | undefined {
    return this.source;
  }
  get state(): AudioPlayerState {
    return this.status;
  }
  get playing(): boolean {
    return this.isPlaying;
  }
  /** Elapsed seconds. */
  get currentTime(): number {
    return this.position;
  }
  /** Total seconds: from the media once known, else the duration given with the source. */
  get duration(): number {
    const fromMedia = this.media?.duration;
    return typeof fromMedia === 'number' && Number.isFinite(fromMedia) && fromMedia > 0
      ? fromMedia
      : this.knownDuration;
  }
  get rate(): PlaybackRate {
    return this.rateValue;
  }
  get seekStep(): number {
    return this.options.seekStep ?? 5;
  }

  /** Points the player at a source (no-op when unchanged); resets position and errors. */
  setSource(src: string | null | undefined, options: AudioSourceOptions = {}): void {
    const duration = options.duration;
    this.knownDuration = typeof duration === 'number' && duration > 0 ? duration : 0;
    if ((src ?? undefined) === this.source) return;
    this.source = src ?? undefined;
    this.position = 0;
    this.isPlaying = false;
    this.status = 'idle';
    if (this.media) {
      this.media.pause();
      this.media.removeAttribute('src');
      this.media.load();
      if (this.source) this.load();
    }
    this.host.requestUpdate();
  }

  async play(): Promise<void> {
    if (!this.source) return;
    const media = this.ensureMedia();
    if (this.status === 'error') this.reload();
    try {
      await media.play();
    } catch (error) {
      // An aborted play (pause() or a new source before it started) is not a failure.
      if ((error as { name?: string }).name !== 'AbortError') this.fail();
    }
  }

  pause(): void {
    this.media?.pause();
  }

  toggle(): void {
    if (this.isPlaying) this.pause();
    else void this.play();
  }

  /** Moves to `seconds` (clamped to the track). */
  seek(seconds: number): void {
    const total = this.duration;
    const target = Math.max(0, total > 0 ? Math.min(seconds, total) : seconds);
    this.position = target;
    // Before metadata this sets the start position, applied once the media loads.
    if (this.source) this.ensureMedia().currentTime = target;
    this.host.requestUpdate();
  }

  /** 1× → 1.5× → 2× → 1×. */
  cycleRate(): void {
    const next = RATES[(RATES.indexOf(this.rateValue) + 1) % RATES.length]!;
    this.setRate(next);
  }

  setRate(rate: PlaybackRate): void {
    this.rateValue = rate;
    if (this.media) this.media.playbackRate = rate;
    this.host.requestUpdate();
  }

  /** Tries the (same or a new) source again after an error. */
  reload(src?: string): void {
    if (src !== undefined && src !== this.source) {
      this.setSource(src, { duration: this.knownDuration });
      return;
    }
    this.status = 'idle';
    if (this.media && this.source) this.load();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    AudioPlayerController.players.add(this);
  }

  hostDisconnected(): void {
    AudioPlayerController.players.delete(this);
    // Drop the media element, not just pause it: a paused one keeps its HTTP connection, and
    // browsers allow six per host, so a few forgotten players stall the page's API requests.
    // The source and position stay; a new media element picks them up on the next play.
    const media = this.media;
    if (!media) return;
    this.media = undefined;
    media.pause();
    for (const type of MEDIA_EVENTS) media.removeEventListener(type, this.onMediaEvent);
    media.removeAttribute('src');
    media.load();
    if (this.isPlaying) {
      this.isPlaying = false;
      this.options.onPause?.();
    }
    if (this.status !== 'error') this.status = 'idle';
  }

  /** Keyboard for the seek slider: arrows ±seekStep, PageUp/Down ±pageStep, Home/End. */
  readonly handleSeekKeydown = (event: KeyboardEvent): void => {
    const page = this.options.pageStep ?? 30;
    const moves: Record<string, () => number> = {
      ArrowLeft: () => this.position - this.seekStep,
      ArrowDown: () => this.position - this.seekStep,
      ArrowRight: () => this.position + this.seekStep,
      ArrowUp: () => this.position + this.seekStep,
      PageDown: () => this.position - page,
      PageUp: () => this.position + page,
      Home: () => 0,
      End: () => this.duration,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.seek(move());
  };

  /** Pointer dragging on the native range input. */
  readonly handleSeekInput = (event: Event): void => {
    this.seek(Number((event.target as HTMLInputElement).value));
  };

  private ensureMedia(): HTMLMediaElement {
    if (!this.media) {
      const media = this.options.createMedia?.() ?? new Audio();
      for (const type of MEDIA_EVENTS) media.addEventListener(type, this.onMediaEvent);
      media.playbackRate = this.rateValue;
      this.media = media;
      if (this.source) {
        this.load();
        if (this.position > 0) media.currentTime = this.position;
      }
    }
    return this.media;
  }

  private load(): void {
    const media = this.media!;
    media.preload = this.knownDuration > 0 ? 'none' : 'metadata';
    media.src = this.source!;
    media.playbackRate = this.rateValue;
    this.status = 'loading';
  }

  private fail(): void {
    this.status = 'error';
    this.isPlaying = false;
    this.host.requestUpdate();
    this.options.onError?.();
  }

  private readonly onMediaEvent = (event: Event): void => {
    const media = this.media!;
    switch (event.type) {
      case 'error':
        if (media.getAttribute('src')) this.fail();
        return;
      case 'play':
        this.isPlaying = true;
        for (const other of AudioPlayerController.players) if (other !== this) other.pause();
        this.options.onPlay?.();
        break;
      case 'pause':
        if (!this.isPlaying) return;
        this.isPlaying = false;
        if (!media.ended) this.options.onPause?.();
        break;
      case 'ended':
        this.isPlaying = false;
        this.options.onEnded?.();
        break;
      case 'loadedmetadata':
      case 'canplay':
      case 'playing':
        this.status = 'ready';
        break;
      case 'waiting':
        this.status = 'loading';
        break;
      case 'ratechange':
        // Keep our rate when the element resets it on a new source.
        if (media.playbackRate !== this.rateValue) media.playbackRate = this.rateValue;
        return;
    }
    if (Number.isFinite(media.currentTime)) this.position = media.currentTime;
    this.host.requestUpdate();
  };
}
