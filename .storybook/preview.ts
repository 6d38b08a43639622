import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';
import '../themes/municipal.css';
import '../themes/dark.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets <html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Norsk bokmål' },
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (follows the system)' },
          { value: 'municipal', title: 'Municipal (Designsystemet spirit)' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'default' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'nb';
      document.body.classList.remove('se-theme-municipal', 'se-theme-dark');
      if (context.globals.theme && context.globals.theme !== 'default') {
        document.body.classList.add(`se-theme-${context.globals.theme}`);
      }
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
