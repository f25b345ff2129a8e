/**
 * Strings of the audio player (`audio-player-template.ts`), under the `audio` namespace: a host
 * overrides them like shared ones (`locale: { messages: { audio: { play: '…' } } }`). The player
 * renders only in the lazily loaded detail panels, so its three languages ship with it (in
 * those lazy chunks) instead of in the shared packs every element loads up front.
 */
import type { I18n } from '../i18n/create-i18n';
import { lookupMessage, type MessageKey, type MessageParams } from '../i18n/messages';
import { renderMessage } from '../i18n/translate';

const en = {
  play: 'Play',
  pause: 'Pause',
  playLabel: 'Play {label}',
  pauseLabel: 'Pause {label}',
  seek: 'Seek',
  position: '{current} of {total}',
  speed: 'Playback speed',
  speedValue: '{rate}×',
  speedLabel: 'Playback speed: {rate}×',
  download: 'Download',
  downloadLabel: 'Download {label}',
  unavailable: 'Audio unavailable',
};

type AudioMessages = Record<keyof typeof en, string>;

const es: AudioMessages = {
  play: 'Reproducir',
  pause: 'Pausar',
  playLabel: 'Reproducir {label}',
  pauseLabel: 'Pausar {label}',
  seek: 'Posición',
  position: '{current} de {total}',
  speed: 'Velocidad de reproducción',
  speedValue: '{rate}×',
  speedLabel: 'Velocidad de reproducción: {rate}×',
  download: 'Descargar',
  downloadLabel: 'Descargar {label}',
  unavailable: 'Audio no disponible',
};

const fr: AudioMessages = {
  play: 'Lire',
  pause: 'Pause',
  playLabel: 'Lire {label}',
  pauseLabel: 'Mettre en pause {label}',
  seek: 'Position de lecture',
  position: '{current} sur {total}',
  speed: 'Vitesse de lecture',
  speedValue: '{rate}×',
  speedLabel: 'Vitesse de lecture : {rate}×',
  download: 'Télécharger',
  downloadLabel: 'Télécharger {label}',
  unavailable: 'Audio indisponible',
};

const packs: Record<string, AudioMessages> = { en, es, fr };

/** A key of the player's strings, e.g. `'playLabel'`. */
export type AudioMessageKey = keyof typeof en;

/** Translates a player string: a host override (`audio.<key>`) wins, then the language, then English. */
export function tAudio(i18n: I18n, key: AudioMessageKey, params?: MessageParams): string {
  const full = `audio.${key}`;
  if (i18n.has(full)) return i18n.t(full as MessageKey, params);
  const message = lookupMessage(packs[i18n.language] ?? en, key) ?? en[key];
  return renderMessage(message, params, i18n.locale);
}
/** The three languages (the i18n tests check them against English). */
export const audioMessages = { en, es, fr } as const;
