// The renderer's sources whose user-visible text is all translated (issue 17):
// every component, so a new folder is held to it from its first line.
// eslint.config.js forbids string literals in their JSX; every message comes
// from shared/i18n/messages.
export const TRANSLATED_SOURCES = ['renderer/src/**/*.tsx'];
