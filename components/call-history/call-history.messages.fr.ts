/** French strings of `<dialstack-call-history>`: a chunk of its own, loaded when the locale needs it. */
import type { CallHistoryPack } from './call-history.messages';

export const fr: CallHistoryPack = {
  callHistory: {
    empty: 'Aucun appel avec ce contact pour le moment',
    emptyDescription: 'Les appels passés vers ce numéro et reçus de ce numéro apparaîtront ici.',
    missingNumber: 'Aucun numéro de téléphone indiqué',
    lastCall: 'Dernier appel {time}',
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
