import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // This machine and many municipal networks have no route to telemetry endpoints.
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../themes', to: '/themes' }],
};

export default config;
