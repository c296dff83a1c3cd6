// The renderer's sources whose user-visible text is all translated (issue 17).
// eslint.config.js forbids string literals in their JSX; a folder is added here
// once every message in it comes from shared/i18n/messages.
export const TRANSLATED_SOURCES = [
  'renderer/src/console/ConsoleApp.tsx',
  'renderer/src/console/ConsoleNav.tsx',
  'renderer/src/console/i18n/**/*.tsx',
  'renderer/src/display/**/*.tsx',
];
