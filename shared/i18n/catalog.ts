import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * One namespace's messages in one locale: id → ICU message. In the app's
 * bundle the messages arrive already parsed (renderer/vite.config.ts
 * precompiles them), so the room display carries no ICU parser; the backend
 * and the tests read them as text.
 */
export type Message = string | MessageFormatElement[];
export type Catalog = Readonly<Record<string, Message>>;
