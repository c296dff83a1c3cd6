import { Fragment, type ReactNode } from 'react';
import type { MessageValues, Translate } from '#shared/i18n/translator';

const MARK = '\u2063';

/**
 * A message with elements inside it (a link, a <time>, a <bdi> name) where
 * the language puts them: each element is a placeholder of the message
 * ("Opened {date}"), so no sentence is cut into English-ordered pieces.
 */
export function richMessage(t: Translate, id: string, nodes: Record<string, ReactNode>, values: MessageValues = {}): ReactNode[] {
  const marks: MessageValues = {};
  for (const name of Object.keys(nodes)) marks[name] = `${MARK}${name}${MARK}`;
  const text = t(id, { ...values, ...marks });
  return text
    .split(new RegExp(`${MARK}(\\w+)${MARK}`))
    .map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{nodes[part]}</Fragment> : part))
    .filter((part) => part !== '');
}
