/**
 * Strings of `<dialstack-call-logs>` that the shared packs (`src/i18n/locales`) don't have.
 * They live under the same `callLogs` namespace, so a host overrides them the same way:
 * `locale: { messages: { callLogs: { filters: { phone: 'Number' } } } }`.
 */
import type { I18n, MessageParams, MessageTree } from '../../src/i18n';
import { lookupMessage, mergeMessages, renderMessage } from '../../src/i18n';

const en = {
  callLogs: {
    filters: {
      label: 'Filter calls',
      allDirections: 'All directions',
      allStatuses: 'All statuses',
      allUsers: 'All users',
      anyTime: 'Any time',
      phone: 'Phone number',
      phonePlaceholder: 'Search a number',
      phoneHint: 'Exact number, caller or recipient',
      phoneInvalid: 'Enter a full phone number or an extension.',
      fromDate: 'From',
      toDate: 'To',
      usersUnavailable: 'Users couldn’t be loaded',
    },
    columns: {
      time: 'Time',
      from: 'From',
      to: 'To',
      quality: 'Quality',
    },
    list: {
      label: 'Calls',
      count: {
        '=0': 'No calls',
        one: '{count} call',
        other: '{count} calls',
      },
      countMore: {
        one: '{count} call loaded, more available',
        other: '{count} calls loaded, more available',
      },
      loadingMore: 'Loading more calls…',
      loadMoreFailed: 'More calls couldn’t be loaded.',
      end: 'That’s every call.',
      rowLabel:
        '{time}, {direction}, from {from} to {to}, {user}, {duration}, {status}, quality {quality}',
      noUser: 'No user',
      newCall: 'New call: {call}',
    },
    pages: {
      label: 'Pages',
      previous: 'Previous',
      next: 'Next',
      page: 'Page {page}',
      range: 'Calls {start}–{end}',
    },
    live: {
      label: 'Live calls',
    },
    details: {
      back: 'Back to calls',
      close: 'Close details',
      times: 'Times',
      started: 'Started',
      answered: 'Answered',
      ended: 'Ended',
      notAnswered: 'Not answered',
      user: 'User',
      mos: 'MOS',
      leg: 'Leg',
      legPstn: 'Phone network',
      legEndpoint: 'Device',
      noLegs: 'No quality data for this call.',
      noSummary: 'No summary for this call.',
      recordingLoading: 'Loading recording…',
      recordingFailed: 'The recording couldn’t be loaded.',
      recordingLabel: 'Call recording, {time}',
      transcriptLoading: 'Loading transcript…',
      transcriptPending: 'The transcript isn’t ready yet. We’ll check again shortly.',
      transcriptProcessing: 'Transcribing… We’ll show it here as soon as it’s ready.',
      transcriptFailed: 'Transcription failed for this call.',
      transcriptError: 'The transcript couldn’t be loaded.',
      transcriptEmpty: 'The transcript is empty.',
      ms: '{value} ms',
      percent: '{value}%',
    },
  },
};

type Pack = typeof en;
type Shape<T> = T extends string ? string : { [K in keyof T]: Shape<T[K]> };

const es: Shape<Pack> = {
  callLogs: {
    filters: {
      label: 'Filtrar llamadas',
      allDirections: 'Todas las direcciones',
      allStatuses: 'Todos los estados',
      allUsers: 'Todos los usuarios',
      anyTime: 'Cualquier fecha',
      phone: 'Número de teléfono',
      phonePlaceholder: 'Buscar un número',
      phoneHint: 'Número exacto, de quien llama o de quien recibe',
      phoneInvalid: 'Introduce un número de teléfono completo o una extensión.',
      fromDate: 'Desde',
      toDate: 'Hasta',
      usersUnavailable: 'No se pudieron cargar los usuarios',
    },
    columns: { time: 'Hora', from: 'De', to: 'A', quality: 'Calidad' },
    list: {
      label: 'Llamadas',
      count: { '=0': 'Ninguna llamada', one: '{count} llamada', other: '{count} llamadas' },
      countMore: {
        one: '{count} llamada cargada, hay más',
        other: '{count} llamadas cargadas, hay más',
      },
      loadingMore: 'Cargando más llamadas…',
      loadMoreFailed: 'No se pudieron cargar más llamadas.',
      end: 'No hay más llamadas.',
      rowLabel:
        '{time}, {direction}, de {from} a {to}, {user}, {duration}, {status}, calidad {quality}',
      noUser: 'Sin usuario',
      newCall: 'Nueva llamada: {call}',
    },
    pages: {
      label: 'Páginas',
      previous: 'Anterior',
      next: 'Siguiente',
      page: 'Página {page}',
      range: 'Llamadas {start}–{end}',
    },
    live: {
      label: 'Llamadas en curso',
    },
    details: {
      back: 'Volver a las llamadas',
      close: 'Cerrar detalles',
      times: 'Horas',
      started: 'Inicio',
      answered: 'Respondida',
      ended: 'Fin',
      notAnswered: 'Sin respuesta',
      user: 'Usuario',
      mos: 'MOS',
      leg: 'Tramo',
      legPstn: 'Red telefónica',
      legEndpoint: 'Dispositivo',
      noLegs: 'No hay datos de calidad para esta llamada.',
      noSummary: 'No hay resumen para esta llamada.',
      recordingLoading: 'Cargando la grabación…',
      recordingFailed: 'No se pudo cargar la grabación.',
      recordingLabel: 'Grabación de la llamada, {time}',
      transcriptLoading: 'Cargando la transcripción…',
      transcriptPending: 'La transcripción aún no está lista. Volveremos a comprobarlo en breve.',
      transcriptProcessing: 'Transcribiendo… La mostraremos aquí en cuanto esté lista.',
      transcriptFailed: 'La transcripción de esta llamada falló.',
      transcriptError: 'No se pudo cargar la transcripción.',
      transcriptEmpty: 'La transcripción está vacía.',
      ms: '{value} ms',
      percent: '{value} %',
    },
  },
};

const fr: Shape<Pack> = {
  callLogs: {
    filters: {
      label: 'Filtrer les appels',
      allDirections: 'Toutes les directions',
      allStatuses: 'Tous les statuts',
      allUsers: 'Tous les utilisateurs',
      anyTime: 'Toutes les dates',
      phone: 'Numéro de téléphone',
      phonePlaceholder: 'Rechercher un numéro',
      phoneHint: 'Numéro exact, appelant ou destinataire',
      phoneInvalid: 'Saisissez un numéro de téléphone complet ou un poste.',
      fromDate: 'Du',
      toDate: 'Au',
      usersUnavailable: 'Impossible de charger les utilisateurs',
    },
    columns: { time: 'Heure', from: 'De', to: 'À', quality: 'Qualité' },
    list: {
      label: 'Appels',
      count: { '=0': 'Aucun appel', one: '{count} appel', other: '{count} appels' },
      countMore: {
        one: '{count} appel chargé, d’autres disponibles',
        other: '{count} appels chargés, d’autres disponibles',
      },
      loadingMore: 'Chargement d’autres appels…',
      loadMoreFailed: 'Impossible de charger d’autres appels.',
      end: 'Vous avez vu tous les appels.',
      rowLabel:
        '{time}, {direction}, de {from} à {to}, {user}, {duration}, {status}, qualité {quality}',
      noUser: 'Aucun utilisateur',
      newCall: 'Nouvel appel : {call}',
    },
    pages: {
      label: 'Pages',
      previous: 'Précédent',
      next: 'Suivant',
      page: 'Page {page}',
      range: 'Appels {start} à {end}',
    },
    live: {
      label: 'Appels en direct',
    },
    details: {
      back: 'Retour aux appels',
      close: 'Fermer les détails',
      times: 'Horaires',
      started: 'Début',
      answered: 'Décroché',
      ended: 'Fin',
      notAnswered: 'Sans réponse',
      user: 'Utilisateur',
      mos: 'MOS',
      leg: 'Segment',
      legPstn: 'Réseau téléphonique',
      legEndpoint: 'Appareil',
      noLegs: 'Aucune donnée de qualité pour cet appel.',
      noSummary: 'Aucun résumé pour cet appel.',
      recordingLoading: 'Chargement de l’enregistrement…',
      recordingFailed: 'Impossible de charger l’enregistrement.',
      recordingLabel: 'Enregistrement de l’appel, {time}',
      transcriptLoading: 'Chargement de la transcription…',
      transcriptPending: 'La transcription n’est pas encore prête. Nous vérifierons à nouveau.',
      transcriptProcessing: 'Transcription en cours… Elle s’affichera ici dès qu’elle sera prête.',
      transcriptFailed: 'La transcription de cet appel a échoué.',
      transcriptError: 'Impossible de charger la transcription.',
      transcriptEmpty: 'La transcription est vide.',
      ms: '{value} ms',
      percent: '{value} %',
    },
  },
};

export const callLogsMessages = { en, es, fr } as const;

/** A key of this element's own pack, e.g. `'callLogs.filters.phone'`. */
export type CallLogsMessageKey = Leaves<Pack>;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A translator for this element: its own keys (pack for the locale, then host overrides),
 * and every shared key through `i18n.t`.
 */
export function createCallLogsTranslator(
  i18n: I18n,
  hostMessages: unknown,
): (key: CallLogsMessageKey | Parameters<I18n['t']>[0], params?: MessageParams) => string {
  const tree = mergeMessages(
    callLogsMessages.en,
    callLogsMessages[i18n.language] ?? callLogsMessages.en,
    hostMessages,
  ) as MessageTree;
  return (key, params) => {
    const own = lookupMessage(tree, key);
    if (own !== undefined) return renderMessage(own, params, i18n.locale);
    return i18n.t(key as Parameters<I18n['t']>[0], params);
  };
}
