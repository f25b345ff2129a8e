export { dialstackContext } from './context';
export {
  DataTaskController,
  refreshDataTasks,
  type DataTaskContext,
  type DataTaskHost,
  type DataTaskOptions,
  type DataTaskRenderers,
  type DataTaskSource,
} from './data-task';
export { DialstackElement } from './dialstack-element';
export {
  dispatchDialstackEvent,
  type DialstackEventDetail,
  type DialstackEventName,
  type DialstackEventOptions,
  type LoaderStartDetail,
} from './events';
export { errorMessageKey, isAbortError, redactSecrets, toLoadErrorDetail } from './load-error';
