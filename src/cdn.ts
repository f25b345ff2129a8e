/**
 * The single-file build for a plain `<script type="module">` tag (`dist/cdn/dialstack-elements.js`,
 * built by `vite.cdn.config.ts`): every element registered and the whole runtime exported, with
 * Lit and every other dependency bundled in and nothing loaded from anywhere else. Apps with a
 * bundler import `@dialstack/elements` and the element subpaths instead (they share one Lit).
 */
import '../components/call-logs/define';
import '../components/call-history/define';
import '../components/voicemails/define';
import '../components/phone-numbers/define';
import '../components/phone-number-ordering/define';
import '../components/account-onboarding/define';
import '../components/dial-plan/define';

export * from './index';
