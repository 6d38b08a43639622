// The app configures @lit/localize before the library's modules are evaluated.
import { appLocalization } from './app-localization.js';
import { setLocale } from 'samskaping-elements';
import 'samskaping-elements/soimpact-chain/define';

window.app = { appLocalization, setLibraryLocale: setLocale };
