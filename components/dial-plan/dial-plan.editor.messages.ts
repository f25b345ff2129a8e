/**
 * Strings of the dial-plan editor (`mode="edit"`), under `dialPlan.editor` (hosts override them
 * like any other: `locale: { messages: { dialPlan: { editor: { save: 'Publish' } } } }`).
 * Loaded with the editor, not with the viewer. English only for now.
 */
import { lookupMessage, mergeMessages, type MessageParams } from '../../src/i18n/messages';
import { renderMessage } from '../../src/i18n/translate';

const en = {
  dialPlan: {
    editor: {
      toolbar: 'Editor',
      undo: 'Undo',
      redo: 'Redo',
      deleteSelection: 'Delete selected',
      autoLayout: 'Auto-layout',
      save: 'Save',
      saving: 'Saving…',
      saved: 'All changes saved',
      unsaved: 'Unsaved changes',
      blocked: 'Fix the errors before saving ({count}).',
      planName: 'Dial plan name',
      untitled: 'New dial plan',
      palette: 'Add a step',
      paletteToggle: 'Add step',
      paletteHint: 'Click to add, or drag onto the canvas',
      add: 'Add {name} step',
      added: '“{name}” added.',
      deleted: '“{name}” deleted.',
      disconnected: '“{exit}” of “{name}” disconnected.',
      connected: '“{exit}” of “{name}” now goes to “{target}”.',
      items: {
        schedule: 'Check business hours, then branch on open or closed',
        ring: 'Ring a user or a ring group',
        voicemail: 'Send the call to a voicemail box',
        voice_app: 'Hand the call to a voice app',
        ring_all_users: 'Ring every user at once',
        external_dial: 'Forward to an outside number',
        menu: 'Play a prompt and branch on a key press',
        sound_clip: 'Play a recording, then continue',
        dial_plan: 'Continue in another dial plan',
      },
      deleteNode: 'Delete step {name}',
      exit: '{exit} of {name}: {target}. Drag to connect, or press Enter to choose',
      edge: 'Connection {exit} from {source} to {target}',
      connectTo: 'Send “{exit}” of {name} to',
      connectNothing: 'Nothing ({consequence})',
      connect: 'Connect',
      cancel: 'Cancel',
      panel: 'Step settings',
      minimap: 'Overview',
      saveFailed: 'Couldn’t save: {message}',
      saveFailedAt: 'Couldn’t save: {message} (step “{id}”)',
      loop: 'this plan would dial itself back through another dial plan (a routing loop)',
      showStep: 'Show the step',
      findings: 'Problems and test call',
    },
  },
};

export const dialPlanEditorMessages = { en };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the editor's strings without the namespace, e.g. `'save'`. */
export type EditorMessageKey = Leaves<(typeof en)['dialPlan']['editor']>;
export type EditorTranslate = (key: EditorMessageKey, params?: MessageParams) => string;

/** The editor's translator: English with the host's `dialPlan.editor` overrides over it. */
export function editorTranslator(overrides?: unknown, locale = 'en'): EditorTranslate {
  const tree = mergeMessages(en, overrides);
  return (key, params) => {
    const message = lookupMessage(tree, `dialPlan.editor.${key}`);
    return message === undefined ? key : renderMessage(message, params, locale);
  };
}
