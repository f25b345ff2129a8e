/** Spanish strings of `<dialstack-call-history>`: a chunk of its own, loaded when the locale needs it. */
import type { CallHistoryPack } from './call-history.messages';

export const es: CallHistoryPack = {
  callHistory: {
    empty: 'Aún no hay llamadas con este contacto',
    emptyDescription: 'Aquí aparecerán las llamadas hacia y desde este número.',
    missingNumber: 'No se indicó ningún número de teléfono',
    lastCall: 'Última llamada {time}',
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
