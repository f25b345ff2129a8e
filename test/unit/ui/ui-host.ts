import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from '../../../src/theme/base-styles';
import { buttonStyles } from '../../../src/ui/button';
import { iconStyles } from '../../../src/ui/icon-styles';

/** A themed host that renders whatever template a test gives it. */
@customElement('ui-test-host')
export class UiTestHost extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, iconStyles, buttonStyles];
  @property({ attribute: false }) content: () => TemplateResult | unknown = () => html``;

  override render() {
    return this.content();
  }
}
