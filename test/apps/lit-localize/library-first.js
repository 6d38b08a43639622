// The library's modules are evaluated before the app configures @lit/localize.
import { setLocale } from 'samskaping-elements';
import 'samskaping-elements/soimpact-chain/define';
import { appLocalization } from './app-localization.js';

window.app = { appLocalization, setLibraryLocale: setLocale };
