/**
 * Strings of `<dialstack-voicemails>` that the shared packs (`src/i18n/locales`) do not have.
 * They live under the same `voicemails.*` namespace, so a host overrides either kind the same
 * way: `locale: { locale: 'fr', messages: { voicemails: { searchLabel: '…' } } }`.
 * Lookup order: host override → shared pack → this pack (language, then English).
 */
import {
  lookupMessage,
  mergeMessages,
  renderMessage,
  type I18n,
  type MessageKey,
  type MessageParams,
  type MessageTree,
} from '../../src/i18n/index';

const en = {
  inbox: 'Voicemail inbox',
  tabsLabel: 'Show',
  countAll: { one: '{count} voicemail', other: '{count} voicemails' },
  countAtLeast: '{count} or more',
  countUnread: { '=0': 'none unread', one: '{count} unread', other: '{count} unread' },
  searchLabel: 'Search voicemails',
  searchPlaceholder: 'Search name or number',
  clearSearch: 'Clear search',
  searchMatches: {
    '=0': 'No matches',
    one: '{count} match',
    other: '{count} matches',
  },
  searchScopeAll: 'in all voicemails',
  searchScopeLoaded: 'in the {count} most recent',
  searchingOlder: 'Searching older voicemails…',
  searchOlder: 'Search older voicemails',
  emptySearch: 'No voicemails match “{query}”',
  emptySearchDescription: 'Check the spelling, or search by phone number.',
  emptyUnread: 'You’re all caught up',
  emptyUnreadDescription: 'There are no unread voicemails.',
  loadError: 'We couldn’t load your voicemails',
  loadMoreError: 'We couldn’t load more voicemails.',
  end: 'That’s every voicemail.',
  searchedAll: 'Every voicemail was searched.',
  unknownCaller: 'Unknown caller',
  mailboxLabel: 'Mailbox:',
  playerLabel: 'voicemail from {caller}',
  selectRow: 'Select voicemail from {caller}',
  selectAll: 'Select all',
  bulkLabel: 'Selected voicemails',
  bulkMarkRead: 'Mark read',
  bulkMarkUnread: 'Mark unread',
  bulkDelete: 'Delete',
  clearSelection: 'Clear selection',
  detailLabel: 'Voicemail from {caller}',
  openLabel: 'Open voicemail from {caller}',
  receivedAt: 'Received {time}',
  noSummary: 'A summary appears once the message is transcribed.',
  transcriptPendingHint: 'Transcription hasn’t started yet. We’ll show it here when it’s ready.',
  transcriptProcessingHint: 'This usually takes less than a minute.',
  transcriptFailedHint: 'This message couldn’t be transcribed. Listen to the recording instead.',
  transcriptEmpty: 'No words were detected in this message.',
  transcriptError: 'We couldn’t load the transcript.',
  callingBack: 'Starting the call…',
  callBackQueued: 'Calling {number}. Your phone will ring first.',
  callBackFailed: 'We couldn’t call {number}. {reason}',
  deleteConfirmTitleMany: {
    one: 'Delete {count} voicemail?',
    other: 'Delete {count} voicemails?',
  },
  deleteConfirmMessageMany:
    'These messages and their transcripts will be permanently deleted. You can undo for a few seconds.',
  deleteConfirmHint: 'You can undo for a few seconds.',
  deletedMany: { one: '{count} voicemail deleted', other: '{count} voicemails deleted' },
  restored: { one: 'Voicemail restored', other: '{count} voicemails restored' },
  deleteFailed: 'We couldn’t delete the voicemail from {caller}. {reason} It’s back in your inbox.',
  deleteFailedMany: {
    one: 'We couldn’t delete {count} voicemail. {reason} It’s back in your inbox.',
    other: 'We couldn’t delete {count} voicemails. {reason} They’re back in your inbox.',
  },
  readFailed: 'We couldn’t mark the voicemail from {caller} as read. {reason}',
  unreadFailed: 'We couldn’t mark the voicemail from {caller} as unread. {reason}',
  bulkReadFailed: {
    one: 'We couldn’t update {count} voicemail. {reason}',
    other: 'We couldn’t update {count} voicemails. {reason}',
  },
  markedReadMany: { one: '{count} marked as read', other: '{count} marked as read' },
  markedUnreadMany: { one: '{count} marked as unread', other: '{count} marked as unread' },
  audioRetry: 'Reload audio',
  newArrivals: { one: '{count} new voicemail', other: '{count} new voicemails' },
};

export type VoicemailMessages = typeof en;

const es: VoicemailMessages = {
  inbox: 'Buzón de voz',
  tabsLabel: 'Mostrar',
  countAll: { one: '{count} mensaje de voz', other: '{count} mensajes de voz' },
  countAtLeast: '{count} o más',
  countUnread: {
    '=0': 'ninguno sin escuchar',
    one: '{count} sin escuchar',
    other: '{count} sin escuchar',
  },
  searchLabel: 'Buscar mensajes de voz',
  searchPlaceholder: 'Buscar nombre o número',
  clearSearch: 'Borrar búsqueda',
  searchMatches: {
    '=0': 'Sin coincidencias',
    one: '{count} coincidencia',
    other: '{count} coincidencias',
  },
  searchScopeAll: 'en todos los mensajes',
  searchScopeLoaded: 'en los {count} más recientes',
  searchingOlder: 'Buscando mensajes anteriores…',
  searchOlder: 'Buscar mensajes anteriores',
  emptySearch: 'Ningún mensaje coincide con «{query}»',
  emptySearchDescription: 'Revisa la ortografía o busca por número de teléfono.',
  emptyUnread: 'Estás al día',
  emptyUnreadDescription: 'No hay mensajes de voz sin escuchar.',
  loadError: 'No pudimos cargar tus mensajes de voz',
  loadMoreError: 'No pudimos cargar más mensajes de voz.',
  end: 'No hay más mensajes de voz.',
  searchedAll: 'Se buscó en todos los mensajes de voz.',
  unknownCaller: 'Llamante desconocido',
  mailboxLabel: 'Buzón:',
  playerLabel: 'mensaje de voz de {caller}',
  selectRow: 'Seleccionar el mensaje de {caller}',
  selectAll: 'Seleccionar todo',
  bulkLabel: 'Mensajes seleccionados',
  bulkMarkRead: 'Marcar como escuchado',
  bulkMarkUnread: 'Marcar como no escuchado',
  bulkDelete: 'Eliminar',
  clearSelection: 'Quitar selección',
  detailLabel: 'Mensaje de voz de {caller}',
  openLabel: 'Abrir el mensaje de {caller}',
  receivedAt: 'Recibido {time}',
  noSummary: 'El resumen aparecerá cuando se transcriba el mensaje.',
  transcriptPendingHint:
    'La transcripción aún no ha comenzado. La mostraremos aquí cuando esté lista.',
  transcriptProcessingHint: 'Suele tardar menos de un minuto.',
  transcriptFailedHint: 'No se pudo transcribir este mensaje. Escucha la grabación.',
  transcriptEmpty: 'No se detectaron palabras en este mensaje.',
  transcriptError: 'No pudimos cargar la transcripción.',
  callingBack: 'Iniciando la llamada…',
  callBackQueued: 'Llamando a {number}. Primero sonará tu teléfono.',
  callBackFailed: 'No pudimos llamar a {number}. {reason}',
  deleteConfirmTitleMany: {
    one: '¿Eliminar {count} mensaje de voz?',
    other: '¿Eliminar {count} mensajes de voz?',
  },
  deleteConfirmMessageMany:
    'Estos mensajes y sus transcripciones se eliminarán definitivamente. Podrás deshacerlo durante unos segundos.',
  deleteConfirmHint: 'Podrás deshacerlo durante unos segundos.',
  deletedMany: { one: '{count} mensaje eliminado', other: '{count} mensajes eliminados' },
  restored: { one: 'Mensaje restaurado', other: '{count} mensajes restaurados' },
  deleteFailed: 'No pudimos eliminar el mensaje de {caller}. {reason} Ha vuelto a tu buzón.',
  deleteFailedMany: {
    one: 'No pudimos eliminar {count} mensaje. {reason} Ha vuelto a tu buzón.',
    other: 'No pudimos eliminar {count} mensajes. {reason} Han vuelto a tu buzón.',
  },
  readFailed: 'No pudimos marcar como escuchado el mensaje de {caller}. {reason}',
  unreadFailed: 'No pudimos marcar como no escuchado el mensaje de {caller}. {reason}',
  bulkReadFailed: {
    one: 'No pudimos actualizar {count} mensaje. {reason}',
    other: 'No pudimos actualizar {count} mensajes. {reason}',
  },
  markedReadMany: {
    one: '{count} marcado como escuchado',
    other: '{count} marcados como escuchados',
  },
  markedUnreadMany: {
    one: '{count} marcado como no escuchado',
    other: '{count} marcados como no escuchados',
  },
  audioRetry: 'Recargar audio',
  newArrivals: { one: '{count} mensaje nuevo', other: '{count} mensajes nuevos' },
};

const fr: VoicemailMessages = {
  inbox: 'Messagerie vocale',
  tabsLabel: 'Afficher',
  countAll: { one: '{count} message vocal', other: '{count} messages vocaux' },
  countAtLeast: '{count} ou plus',
  countUnread: {
    '=0': 'aucun non écouté',
    one: '{count} non écouté',
    other: '{count} non écoutés',
  },
  searchLabel: 'Rechercher dans la messagerie',
  searchPlaceholder: 'Nom ou numéro',
  clearSearch: 'Effacer la recherche',
  searchMatches: { '=0': 'Aucun résultat', one: '{count} résultat', other: '{count} résultats' },
  searchScopeAll: 'dans tous les messages',
  searchScopeLoaded: 'parmi les {count} plus récents',
  searchingOlder: 'Recherche dans les messages plus anciens…',
  searchOlder: 'Chercher dans les messages plus anciens',
  emptySearch: 'Aucun message ne correspond à « {query} »',
  emptySearchDescription: 'Vérifiez l’orthographe ou cherchez par numéro de téléphone.',
  emptyUnread: 'Vous êtes à jour',
  emptyUnreadDescription: 'Aucun message vocal non écouté.',
  loadError: 'Impossible de charger vos messages vocaux',
  loadMoreError: 'Impossible de charger plus de messages vocaux.',
  end: 'Vous avez tout vu.',
  searchedAll: 'Tous les messages vocaux ont été parcourus.',
  unknownCaller: 'Appelant inconnu',
  mailboxLabel: 'Boîte :',
  playerLabel: 'message vocal de {caller}',
  selectRow: 'Sélectionner le message de {caller}',
  selectAll: 'Tout sélectionner',
  bulkLabel: 'Messages sélectionnés',
  bulkMarkRead: 'Marquer comme écouté',
  bulkMarkUnread: 'Marquer comme non écouté',
  bulkDelete: 'Supprimer',
  clearSelection: 'Annuler la sélection',
  detailLabel: 'Message vocal de {caller}',
  openLabel: 'Ouvrir le message de {caller}',
  receivedAt: 'Reçu {time}',
  noSummary: 'Un résumé apparaîtra une fois le message transcrit.',
  transcriptPendingHint:
    'La transcription n’a pas encore commencé. Elle s’affichera ici dès qu’elle sera prête.',
  transcriptProcessingHint: 'Cela prend généralement moins d’une minute.',
  transcriptFailedHint: 'Ce message n’a pas pu être transcrit. Écoutez l’enregistrement.',
  transcriptEmpty: 'Aucune parole détectée dans ce message.',
  transcriptError: 'Impossible de charger la transcription.',
  callingBack: 'Lancement de l’appel…',
  callBackQueued: 'Appel vers {number}. Votre téléphone sonnera d’abord.',
  callBackFailed: 'Impossible d’appeler le {number}. {reason}',
  deleteConfirmTitleMany: {
    one: 'Supprimer {count} message vocal ?',
    other: 'Supprimer {count} messages vocaux ?',
  },
  deleteConfirmMessageMany:
    'Ces messages et leurs transcriptions seront définitivement supprimés. Vous pourrez annuler pendant quelques secondes.',
  deleteConfirmHint: 'Vous pourrez annuler pendant quelques secondes.',
  deletedMany: { one: '{count} message supprimé', other: '{count} messages supprimés' },
  restored: { one: 'Message restauré', other: '{count} messages restaurés' },
  deleteFailed:
    'Impossible de supprimer le message de {caller}. {reason} Il est de retour dans votre boîte.',
  deleteFailedMany: {
    one: 'Impossible de supprimer {count} message. {reason} Il est de retour dans votre boîte.',
    other:
      'Impossible de supprimer {count} messages. {reason} Ils sont de retour dans votre boîte.',
  },
  readFailed: 'Impossible de marquer le message de {caller} comme écouté. {reason}',
  unreadFailed: 'Impossible de marquer le message de {caller} comme non écouté. {reason}',
  bulkReadFailed: {
    one: 'Impossible de mettre à jour {count} message. {reason}',
    other: 'Impossible de mettre à jour {count} messages. {reason}',
  },
  markedReadMany: { one: '{count} marqué comme écouté', other: '{count} marqués comme écoutés' },
  markedUnreadMany: {
    one: '{count} marqué comme non écouté',
    other: '{count} marqués comme non écoutés',
  },
  audioRetry: 'Recharger l’audio',
  newArrivals: { one: '{count} nouveau message', other: '{count} nouveaux messages' },
};

export const voicemailMessages: Readonly<Record<'en' | 'es' | 'fr', VoicemailMessages>> = {
  en,
  es,
  fr,
};

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string | { other: string } ? K : never;
}[keyof T & string];

/** A key of this element's own pack. */
export type VoicemailMessageKey = Leaves<VoicemailMessages>;

const packCache = new Map<string, MessageTree>();

function localPack(language: 'en' | 'es' | 'fr'): MessageTree {
  let pack = packCache.get(language);
  if (!pack) {
    pack = mergeMessages(voicemailMessages.en, voicemailMessages[language]);
    packCache.set(language, pack);
  }
  return pack;
}

/**
 * Translates one of this element's keys: a host override or shared-pack entry under
 * `voicemails.<key>` wins, then this element's pack for the language, then English.
 */
export function tVoicemail(i18n: I18n, key: VoicemailMessageKey, params?: MessageParams): string {
  const full = `voicemails.${key}`;
  if (i18n.has(full)) return i18n.t(full as MessageKey, params);
  const message = lookupMessage(localPack(i18n.language), key);
  return message === undefined ? key : renderMessage(message, params, i18n.locale);
}
