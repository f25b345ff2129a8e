/**
 * Strings of `<dialstack-call-history>` that the shared packs (`src/i18n/locales`) don't have.
 * They live under the shared `callHistory` namespace, so a host overrides them the same way
 * as the shared ones: `locale: { messages: { callHistory: { kind: { missed: 'No answer' } } } }`.
 */
import type { I18n, MessageParams, MessageTree } from '../../src/i18n';
import { lookupMessage, mergeMessages, renderMessage } from '../../src/i18n';

const en = {
  callHistory: {
    kind: {
      inbound: 'Incoming call',
      outbound: 'Outgoing call',
      internal: 'Internal call',
      missed: 'Missed call',
      voicemail: 'Voicemail',
    },
    listLabel: 'Calls with {contact}',
    invalidNumber: 'This phone number can’t be looked up',
    invalidNumberDescription:
      '“{value}” isn’t a complete international number. Use the + sign and the country code, for example +14155551234.',
    missingNumberDescription: 'Choose a contact with a phone number to see the calls with them.',
    callBack: 'Call back',
    callBackLabel: 'Call back {contact}',
    calling: 'Calling…',
    callQueued: 'Calling {contact}. Your phone rings first; answer it to connect the call.',
    callFailed: 'The call couldn’t be placed.',
    callFailedReason: 'The call couldn’t be placed: {reason}',
    dismiss: 'Dismiss',
    showMore: 'Show more',
    loadingMore: 'Loading more calls…',
    loadMoreFailed: 'More calls couldn’t be loaded.',
    end: 'That’s every call with this contact.',
    shown: {
      '=0': 'No calls',
      one: 'Showing {count} call',
      other: 'Showing {count} calls',
    },
    shownMore: {
      one: 'Showing {count} call, more available',
      other: 'Showing {count} calls, more available',
    },
    newCall: 'New call: {call}',
    noDuration: 'No duration',
    rowLabel: '{kind}, {time}',
  },
};

type Pack = typeof en;
type Shape<T> = T extends string ? string : { [K in keyof T]: Shape<T[K]> };

const es: Shape<Pack> = {
  callHistory: {
    kind: {
      inbound: 'Llamada entrante',
      outbound: 'Llamada saliente',
      internal: 'Llamada interna',
      missed: 'Llamada perdida',
      voicemail: 'Mensaje de voz',
    },
    listLabel: 'Llamadas con {contact}',
    invalidNumber: 'No se puede buscar este número de teléfono',
    invalidNumberDescription:
      '«{value}» no es un número internacional completo. Usa el signo + y el código de país, por ejemplo +14155551234.',
    missingNumberDescription: 'Elige un contacto con número de teléfono para ver sus llamadas.',
    callBack: 'Devolver llamada',
    callBackLabel: 'Devolver llamada a {contact}',
    calling: 'Llamando…',
    callQueued:
      'Llamando a {contact}. Primero sonará tu teléfono; contesta para conectar la llamada.',
    callFailed: 'No se pudo realizar la llamada.',
    callFailedReason: 'No se pudo realizar la llamada: {reason}',
    dismiss: 'Descartar',
    showMore: 'Mostrar más',
    loadingMore: 'Cargando más llamadas…',
    loadMoreFailed: 'No se pudieron cargar más llamadas.',
    end: 'Estas son todas las llamadas con este contacto.',
    shown: {
      '=0': 'Ninguna llamada',
      one: 'Se muestra {count} llamada',
      other: 'Se muestran {count} llamadas',
    },
    shownMore: {
      one: 'Se muestra {count} llamada, hay más',
      other: 'Se muestran {count} llamadas, hay más',
    },
    newCall: 'Nueva llamada: {call}',
    noDuration: 'Sin duración',
    rowLabel: '{kind}, {time}',
  },
};

const fr: Shape<Pack> = {
  callHistory: {
    kind: {
      inbound: 'Appel entrant',
      outbound: 'Appel sortant',
      internal: 'Appel interne',
      missed: 'Appel manqué',
      voicemail: 'Message vocal',
    },
    listLabel: 'Appels avec {contact}',
    invalidNumber: 'Ce numéro de téléphone ne peut pas être recherché',
    invalidNumberDescription:
      '« {value} » n’est pas un numéro international complet. Utilisez le signe + et l’indicatif du pays, par exemple +14155551234.',
    missingNumberDescription:
      'Choisissez un contact avec un numéro de téléphone pour voir ses appels.',
    callBack: 'Rappeler',
    callBackLabel: 'Rappeler {contact}',
    calling: 'Appel en cours…',
    callQueued:
      'Appel vers {contact}. Votre téléphone sonne d’abord ; décrochez pour établir l’appel.',
    callFailed: 'L’appel n’a pas pu être passé.',
    callFailedReason: 'L’appel n’a pas pu être passé : {reason}',
    dismiss: 'Fermer',
    showMore: 'Afficher plus',
    loadingMore: 'Chargement d’autres appels…',
    loadMoreFailed: 'Impossible de charger d’autres appels.',
    end: 'Ce sont tous les appels avec ce contact.',
    shown: {
      '=0': 'Aucun appel',
      one: '{count} appel affiché',
      other: '{count} appels affichés',
    },
    shownMore: {
      one: '{count} appel affiché, d’autres disponibles',
      other: '{count} appels affichés, d’autres disponibles',
    },
    newCall: 'Nouvel appel : {call}',
    noDuration: 'Sans durée',
    rowLabel: '{kind}, {time}',
  },
};

export const callHistoryMessages = { en, es, fr } as const;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of this element's own pack, e.g. `'callHistory.kind.missed'`. */
export type CallHistoryMessageKey = Leaves<Pack>;
export type CallHistoryTranslate = (
  key: CallHistoryMessageKey | Parameters<I18n['t']>[0],
  params?: MessageParams,
) => string;

/**
 * A translator for this element: its own keys (the locale's pack, then the host's overrides),
 * and every shared key through `i18n.t` (which applies the host's overrides itself).
 */
export function createCallHistoryTranslator(
  i18n: I18n,
  hostMessages: unknown,
): CallHistoryTranslate {
  const tree = mergeMessages(
    callHistoryMessages.en,
    callHistoryMessages[i18n.language] ?? callHistoryMessages.en,
    hostMessages,
  ) as MessageTree;
  return (key, params) => {
    const own = lookupMessage(tree, key);
    if (own !== undefined) return renderMessage(own, params, i18n.locale);
    return i18n.t(key as Parameters<I18n['t']>[0], params);
  };
}
