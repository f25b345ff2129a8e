/**
 * Strings of the dial-plan editor (`mode="edit"`), under `dialPlan.editor` (hosts override them
 * like any other: `locale: { messages: { dialPlan: { editor: { save: 'Publish' } } } }`).
 * Loaded with the editor, not with the viewer; Spanish and French are separate chunks loaded
 * on demand (`loadEditorLanguage`), like the viewer's (dial-plan.i18n.ts).
 */
import { createLanguagePacks } from '../../src/i18n/element-pack';
import type { I18n } from '../../src/i18n/create-i18n';
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
      moved: '“{name}” moved.',
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

type Shape<T> = T extends string ? string : { [K in keyof T]: Shape<T[K]> };

/** What a language file holds: every one of English's keys, any strings. */
export type EditorPack = Shape<typeof en>;

type Language = I18n['language'];

const packs = createLanguagePacks('dial-plan editor', {
  es: () => import('./dial-plan.editor.messages.es').then((m) => m.es),
  fr: () => import('./dial-plan.editor.messages.fr').then((m) => m.fr),
});

/** True when the language's strings are in (English always is). */
export const isEditorLanguageLoaded = (language: Language): boolean => packs.loaded(language);

/** Loads a language's strings once (concurrent callers share it); never rejects. */
export const loadEditorLanguage = (language: Language): Promise<void> => packs.load(language);

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the editor's strings without the namespace, e.g. `'save'`. */
export type EditorMessageKey = Leaves<(typeof en)['dialPlan']['editor']>;
export type EditorTranslate = (key: EditorMessageKey, params?: MessageParams) => string;

/**
 * The editor's translator: `language`'s strings (English until `loadEditorLanguage` has
 * resolved, and for any key a pack lacks) with the host's `dialPlan.editor` overrides over them.
 */
export function editorTranslator(
  overrides?: unknown,
  locale = 'en',
  language: Language = 'en',
): EditorTranslate {
  const tree = mergeMessages(en, packs.get(language), overrides);
  return (key, params) => {
    const message = lookupMessage(tree, `dialPlan.editor.${key}`);
    return message === undefined ? key : renderMessage(message, params, locale);
  };
}
