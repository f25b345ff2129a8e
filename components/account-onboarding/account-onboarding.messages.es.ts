/**
 * Spanish strings of `<dialstack-account-onboarding>` (loaded on demand). Partial: what is not
 * here falls back to English.
 */
import type { PartialOnboardingMessages } from './account-onboarding.messages';

export const es: PartialOnboardingMessages = {
  title: 'Configura tu sistema telefónico',
  stepsLabel: 'Pasos de la configuración',
  exit: 'Salir de la configuración',
  continue: 'Continuar',
  finish: 'Terminar',
  loading: 'Comprobando dónde lo dejaste…',
  stepLoadFailed: 'Este paso no se cargó. {reason}',
  retry: 'Reintentar',
  step: {
    locations: 'Ubicaciones',
    team: 'Equipo',
    numbers: 'Números de teléfono',
    devices: 'Dispositivos',
    review: 'Revisión',
  },
  status: { done: 'Hecho', pending: 'En curso', todo: 'Pendiente' },
  stepOf: 'Paso {index} de {count}',
  saving: 'Guardando…',
  cancel: 'Cancelar',
  save: 'Guardar',
  edit: 'Editar',
  remove: 'Eliminar',
  failed: 'No se pudo completar. {reason}',
  review: {
    title: 'Revisión',
    intro: 'Así va tu configuración.',
    done: 'Hecho',
    pending: 'Esperando al operador o al proveedor',
    todo: 'Por hacer',
    allDone: 'Todo está configurado.',
    open: 'Abrir {step}',
  },
};
