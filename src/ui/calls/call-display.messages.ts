/**
 * Strings used by the shared call display helpers (`src/ui/calls`), one pack per locale.
 * Elements may override any of them through the locale option's `messages.calls` object.
 */
export interface CallDisplayStrings {
  /** Text for a missing value (null, empty). Rendered with an accessible "not available" label. */
  dash: string;
  notAvailable: string;
  direction: { inbound: string; outbound: string; internal: string };
  status: {
    completed: string;
    'no-answer': string;
    busy: string;
    failed: string;
    voicemail: string;
  };
  quality: {
    good: string;
    fair: string;
    poor: string;
    /** `{mos}` is replaced by the formatted score, e.g. "MOS 4.2". */
    mos: string;
  };
  /** Prefix for the live indicator on ringing / in-progress calls. */
  live: { ringing: string; inProgress: string };
}

const en: CallDisplayStrings = {
  dash: '—',
  notAvailable: 'Not available',
  direction: { inbound: 'Inbound', outbound: 'Outbound', internal: 'Internal' },
  status: {
    completed: 'Completed',
    'no-answer': 'No answer',
    busy: 'Busy',
    failed: 'Failed',
    voicemail: 'Voicemail',
  },
  quality: { good: 'Good', fair: 'Fair', poor: 'Poor', mos: 'MOS {mos}' },
  live: { ringing: 'Ringing', inProgress: 'In progress' },
};

const es: CallDisplayStrings = {
  dash: '—',
  notAvailable: 'No disponible',
  direction: { inbound: 'Entrante', outbound: 'Saliente', internal: 'Interna' },
  status: {
    completed: 'Completada',
    'no-answer': 'Sin respuesta',
    busy: 'Ocupado',
    failed: 'Fallida',
    voicemail: 'Buzón de voz',
  },
  quality: { good: 'Buena', fair: 'Aceptable', poor: 'Mala', mos: 'MOS {mos}' },
  live: { ringing: 'Sonando', inProgress: 'En curso' },
};

const fr: CallDisplayStrings = {
  dash: '—',
  notAvailable: 'Non disponible',
  direction: { inbound: 'Entrant', outbound: 'Sortant', internal: 'Interne' },
  status: {
    completed: 'Terminé',
    'no-answer': 'Sans réponse',
    busy: 'Occupé',
    failed: 'Échec',
    voicemail: 'Messagerie vocale',
  },
  quality: { good: 'Bonne', fair: 'Moyenne', poor: 'Mauvaise', mos: 'MOS {mos}' },
  live: { ringing: 'Sonnerie', inProgress: 'En cours' },
};

export const callDisplayMessages: Readonly<Record<'en' | 'es' | 'fr', CallDisplayStrings>> = {
  en,
  es,
  fr,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges string overrides over `base`; ignores anything that is not a string leaf. */
function mergeStrings<T>(base: T, override: unknown): T {
  if (!isRecord(override)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, baseValue] of Object.entries(out)) {
    const value = override[key];
    if (typeof baseValue === 'string') {
      if (typeof value === 'string') out[key] = value;
    } else if (isRecord(baseValue)) {
      out[key] = mergeStrings(baseValue, value);
    }
  }
  return out as T;
}

/**
 * The strings for a BCP 47 locale (`'fr-CA'` → French; unknown → English), with optional
 * partial overrides (e.g. the locale option's `messages.calls`) merged over them.
 */
export function resolveCallDisplayStrings(
  locale: string | undefined,
  overrides?: unknown,
): CallDisplayStrings {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  const pack =
    language === 'es' || language === 'fr' ? callDisplayMessages[language] : callDisplayMessages.en;
  return mergeStrings(pack, overrides);
}
