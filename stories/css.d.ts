// Storybook (Vite) imports style sheets for their side effects.
declare module '*.css';
