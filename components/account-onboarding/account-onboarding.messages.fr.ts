/**
 * French strings of `<dialstack-account-onboarding>` (loaded on demand). Partial: what is not
 * here falls back to English.
 */
import type { PartialOnboardingMessages } from './account-onboarding.messages';

export const fr: PartialOnboardingMessages = {
  title: 'Configurer votre téléphonie',
  stepsLabel: 'Étapes de la configuration',
  exit: 'Quitter la configuration',
  continue: 'Continuer',
  finish: 'Terminer',
  loading: 'Nous retrouvons où vous en étiez…',
  stepLoadFailed: 'Cette étape ne s’est pas chargée. {reason}',
  retry: 'Réessayer',
  step: {
    locations: 'Sites',
    team: 'Équipe',
    numbers: 'Numéros de téléphone',
    devices: 'Appareils',
    review: 'Récapitulatif',
  },
  status: { done: 'Terminé', pending: 'En cours', todo: 'À faire' },
  stepOf: 'Étape {index} sur {count}',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  save: 'Enregistrer',
  edit: 'Modifier',
  remove: 'Supprimer',
  failed: 'L’opération n’a pas abouti. {reason}',
  review: {
    title: 'Récapitulatif',
    intro: 'Voici où en est votre configuration.',
    done: 'Terminé',
    pending: 'En attente de l’opérateur ou du fournisseur',
    todo: 'Reste à faire',
    allDone: 'Tout est configuré.',
    open: 'Ouvrir {step}',
  },
};
