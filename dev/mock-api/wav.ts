/**
 * Generates small, playable WAV files in code (8 kHz, 8-bit mono PCM, ~8 kB per second), so the
 * mock needs no binary assets. The audio is a gentle tone pattern derived from a seed string:
 * distinct per voicemail/recording, silent gaps, soft fades (no clicks).
 */
import { hashString } from './prng';

export const WAV_SAMPLE_RATE = 8000;
const HEADER_BYTES = 44;

/** Size in bytes of a generated WAV of `seconds` seconds. */
export function wavSizeBytes(seconds: number): number {
  return HEADER_BYTES + Math.max(1, Math.round(seconds * WAV_SAMPLE_RATE));
}

const NOTES = [392, 440, 494, 523, 587, 659, 698, 784];

export function generateWav(seconds: number, seedText: string): Uint8Array<ArrayBuffer> {
  const samples = wavSizeBytes(seconds) - HEADER_BYTES;
  const bytes = new Uint8Array(new ArrayBuffer(HEADER_BYTES + samples));
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) bytes[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, WAV_SAMPLE_RATE, true);
  view.setUint32(28, WAV_SAMPLE_RATE, true); // byte rate
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples, true);

  const seed = parseInt(hashString(seedText).slice(0, 6), 36);
  const toneSamples = Math.round(0.35 * WAV_SAMPLE_RATE);
  const gapSamples = Math.round(0.15 * WAV_SAMPLE_RATE);
  const period = toneSamples + gapSamples;
  const fade = Math.round(0.02 * WAV_SAMPLE_RATE);
  for (let i = 0; i < samples; i++) {
    const slot = Math.floor(i / period);
    const within = i % period;
    let value = 0;
    if (within < toneSamples) {
      const frequency = NOTES[(seed + slot * 3 + (slot >> 2)) % NOTES.length]!;
      const envelope = Math.min(1, within / fade, (toneSamples - within) / fade);
      value = Math.sin((2 * Math.PI * frequency * i) / WAV_SAMPLE_RATE) * 0.35 * envelope;
    }
    bytes[HEADER_BYTES + i] = Math.round(128 + value * 127);
  }
  return bytes;
}
