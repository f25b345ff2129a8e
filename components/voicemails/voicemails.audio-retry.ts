/** "Audio unavailable" → Retry: fetch the voicemail again for a fresh `audio_url` (lazily loaded). */
import { getVoicemail, type Voicemail } from './voicemails.data';
import { errorReason } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';
import type { PlaybackController } from './voicemails.playback';

export async function retryAudio(
  view: VoicemailsHost,
  playback: PlaybackController,
  item: Voicemail,
): Promise<void> {
  const client = view.client();
  if (!client) return;
  try {
    const fresh = await getVoicemail(client, item.id);
    view.patchItem(item.id, () => fresh);
    if (view.openId() !== item.id) return;
    const player = playback.playerFor(fresh);
    player.reload(fresh.audio_url);
    void player.play();
  } catch (error) {
    if (view.openId() === item.id) view.showError(errorReason(view.i18n(), error));
  }
}
