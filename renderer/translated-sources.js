// The renderer's sources whose user-visible text is all translated (issue 17).
// eslint.config.js forbids string literals in their JSX; a folder is added here
// once every message in it comes from shared/i18n/messages.
export const TRANSLATED_SOURCES = [
  'renderer/src/console/ConsoleApp.tsx',
  'renderer/src/console/ConsoleNav.tsx',
  'renderer/src/console/i18n/**/*.tsx',
  'renderer/src/console/group/**/*.tsx',
  'renderer/src/console/members/**/*.tsx',
  'renderer/src/console/care/**/*.tsx',
  'renderer/src/console/agendas/**/*.tsx',
  'renderer/src/console/live/**/*.tsx',
  'renderer/src/console/room/**/*.tsx',
  'renderer/src/console/after/**/*.tsx',
  'renderer/src/console/laptop/**/*.tsx',
  'renderer/src/console/meetings/**/*.tsx',
  'renderer/src/console/feedback/**/*.tsx',
  'renderer/src/console/reports/**/*.tsx',
  'renderer/src/console/partners/**/*.tsx',
  'renderer/src/console/invitation/**/*.tsx',
  'renderer/src/console/custody/**/*.tsx',
  'renderer/src/console/ui/**/*.tsx',
  'renderer/src/console/*.tsx',
  'renderer/src/display/**/*.tsx',
];
