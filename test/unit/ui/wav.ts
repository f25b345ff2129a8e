/** A mono 8-bit PCM WAV of a soft tone, as a Blob URL (real, decodable audio for tests). */
export function wavUrl(seconds: number, sampleRate = 8000): string {
  const samples = Math.round(seconds * sampleRate);
  const buffer = new ArrayBuffer(44 + samples);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) =>
    [...value].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // byte rate
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) {
    view.setUint8(44 + i, 128 + Math.round(8 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)));
  }
  return URL.createObjectURL(new Blob([buffer], { type: 'audio/wav' }));
}

export function brokenAudioUrl(): string {
  return URL.createObjectURL(new Blob(['this is not audio'], { type: 'audio/wav' }));
}
