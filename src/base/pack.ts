/**
 * An element's own message pack (`createElementPack`), in the element's language: English at
 * once, another language loaded on demand — the element renders again when it is in.
 */
import type { ReactiveControllerHost } from 'lit';
import type { I18n } from '../i18n/create-i18n';
import type { ElementPack } from '../i18n/element-pack';
import type { MessageParams } from '../i18n/messages';

/** A translate function over the keys of one element pack. */
export type PackTranslate<P> = (
  key: Parameters<ElementPack<P>['t']>[1],
  params?: MessageParams,
) => string;

/**
 * The element's `t` for `pack`: `private readonly t = usePack(this, pack, () => this.i18n)`.
 * Before each update it starts loading the pack of the element's language if it is not in yet.
 */
export function usePack<P>(
  host: ReactiveControllerHost,
  pack: ElementPack<P>,
  i18n: () => I18n,
): PackTranslate<P> {
  host.addController({
    hostUpdate() {
      const language = i18n().language;
      if (!pack.loaded(language)) void pack.load(language).then(() => host.requestUpdate());
    },
  });
  return (key, params) => pack.t(i18n(), key, params);
}
