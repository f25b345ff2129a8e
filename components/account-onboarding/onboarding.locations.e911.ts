/**
 * Following a location's E911 provisioning until it settles (`provisioned` or `failed`), one
 * follower per location, stopped when the step disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocation, isE911Settled, type Location } from '../../src/api/locations';
import { pollUntil, POLL_INTERVAL_MS, POLL_MAX_INTERVAL_MS } from '../../src/base/poll';
import type { DialstackClient } from '../../src/core/types';

/** How often a provisioning location is re-read (tests shorten it). */
export const e911Polling = { intervalMs: POLL_INTERVAL_MS, maxIntervalMs: POLL_MAX_INTERVAL_MS };

export class E911Follower implements ReactiveController {
  private readonly following = new Map<string, AbortController>();
  /** Whether the host is connected: an update that lands after it left follows nothing. */
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    /** Called with every read of a followed location; `settled` on the last one. */
    private readonly onValue: (location: Location, settled: boolean) => void,
  ) {
    host.addController(this);
  }

  isFollowing(id: string): boolean {
    return this.following.has(id);
  }

  /** Follows `location` (already pending or binding) until it settles; once per location. */
  follow(client: DialstackClient, location: Location): void {
    if (!this.connected || this.following.has(location.id) || isE911Settled(location.e911_status))
      return;
    const abort = new AbortController();
    this.following.set(location.id, abort);
    void pollUntil(
      (signal) => getLocation(client, location.id, { signal }),
      (value) => isE911Settled(value.e911_status),
      {
        signal: abort.signal,
        // The first read would repeat the value just received: wait first.
        intervalMs: e911Polling.intervalMs,
        maxIntervalMs: e911Polling.maxIntervalMs,
        onValue: (value) => this.onValue(value, isE911Settled(value.e911_status)),
      },
    )
      .catch(() => {
        // Aborted, or a read failed: the list's next load shows the status.
      })
      .finally(() => {
        if (this.following.get(location.id) === abort) this.following.delete(location.id);
      });
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const abort of this.following.values()) abort.abort();
    this.following.clear();
  }
}
