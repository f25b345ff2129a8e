/**
 * French strings of the onboarding devices step, loaded on demand. Complete: the type
 * requires every English key and no other.
 */
import type { OnboardingDevicesMessages } from './onboarding.devices.messages';

export const fr: OnboardingDevicesMessages = {
  title: 'Téléphones et appareils',
  intro:
    'Commandez des téléphones de bureau et des systèmes DECT, puis choisissez qui utilise chaque téléphone.',
  catalogTitle: 'Matériel',
  colModel: 'Modèle',
  colType: 'Type',
  colQuantity: 'Quantité',
  quantityFor: 'Quantité de {model}',
  type: {
    deskphone: 'Téléphone de bureau',
    dect_base: 'Station de base DECT',
    dect_handset: 'Combiné DECT',
  },
  quantityHint: 'De 1 à 100 par article ; laissez vide pour aucun.',
  quantityRange: 'Saisissez un nombre entier de 1 à 100.',
  nothingOrdered: 'Saisissez une quantité pour au moins un article.',
  createOrder: 'Créer la commande',
  updateOrder: 'Enregistrer la commande',
  saving: 'Enregistrement…',
  draftSaved: 'Commande enregistrée comme brouillon. Vous pouvez la modifier jusqu’à son envoi.',
  orderFailed: 'La commande n’a pas été enregistrée. {reason}',
  orderStatus: 'Commande {id} : {status}',
  status: {
    draft: 'Brouillon',
    submitted: 'Envoyée',
    fulfilled: 'Livrée',
    cancelled: 'Annulée',
  },
  orderedItems: '{quantity} × {model}',
  devicesTitle: 'Qui utilise chaque téléphone',
  noDevices:
    'Aucun téléphone pour l’instant. Ils apparaîtront ici une fois configurés sur votre compte.',
  deviceName: '{model} ({mac})',
  noUsers: 'Personne n’est encore attribué.',
  line: 'Ligne {line}',
  remove: 'Retirer {user} de {device}',
  addUser: 'Ajouter une personne à {device}',
  choose: 'Choisissez une personne',
  assign: 'Attribuer',
  assigning: 'Attribution…',
  assignFailed: 'Non attribué. {reason}',
  removeFailed: 'Non retiré. {reason}',
  dectBase: 'Attribuez des personnes aux combinés de cette station de base.',
  continue: 'Continuer',
};
