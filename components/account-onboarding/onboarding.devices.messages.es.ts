/**
 * Spanish strings of the onboarding devices step, loaded on demand. Complete: the type
 * requires every English key and no other.
 */
import type { OnboardingDevicesMessages } from './onboarding.devices.messages';

export const es: OnboardingDevicesMessages = {
  title: 'Teléfonos y dispositivos',
  intro: 'Pide teléfonos de escritorio y sistemas DECT, y luego elige quién usa cada teléfono.',
  catalogTitle: 'Equipos',
  colModel: 'Modelo',
  colType: 'Tipo',
  colQuantity: 'Cantidad',
  quantityFor: 'Cantidad de {model}',
  type: {
    deskphone: 'Teléfono de escritorio',
    dect_base: 'Estación base DECT',
    dect_handset: 'Terminal DECT',
  },
  quantityHint: 'De 1 a 100 de cada uno; déjalo vacío si no quieres ninguno.',
  quantityRange: 'Introduce un número entero del 1 al 100.',
  nothingOrdered: 'Introduce una cantidad para al menos un artículo.',
  createOrder: 'Crear pedido',
  updateOrder: 'Guardar pedido',
  saving: 'Guardando…',
  draftSaved: 'Pedido guardado como borrador. Puedes cambiarlo hasta que se envíe.',
  orderFailed: 'No se guardó el pedido. {reason}',
  orderStatus: 'Pedido {id}: {status}',
  status: {
    draft: 'Borrador',
    submitted: 'Enviado',
    fulfilled: 'Entregado',
    cancelled: 'Cancelado',
  },
  orderedItems: '{quantity} × {model}',
  devicesTitle: 'Quién usa cada teléfono',
  noDevices: 'Aún no hay teléfonos. Aparecerán aquí cuando estén configurados en tu cuenta.',
  deviceName: '{model} ({mac})',
  noUsers: 'Todavía no hay nadie asignado.',
  line: 'Línea {line}',
  remove: 'Quitar a {user} de {device}',
  addUser: 'Añadir una persona a {device}',
  choose: 'Elige una persona',
  assign: 'Asignar',
  assigning: 'Asignando…',
  assignFailed: 'No se asignó. {reason}',
  removeFailed: 'No se quitó. {reason}',
  dectBase: 'Asigna personas a los terminales de esta estación base.',
  continue: 'Continuar',
};
