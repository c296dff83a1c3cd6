import { Fragment, type ReactNode } from 'react';
import type { MessageValues, Translate } from '#shared/i18n/translator';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A message with React parts in its placeholders (a name in <bdi>, a word in
 * <strong>), so the translation decides where they go and no sentence is
 * glued together from pieces. Plain values are formatted as usual.
 */
export function rich(t: Translate, id: string, values: Record<string, ReactNode>): ReactNode[] {
  const plain: MessageValues = {};
  const parts: ReactNode[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') plain[key] = value;
    else {
      plain[key] = `${OPEN}${String(parts.length)}${CLOSE}`;
      parts.push(value);
    }
  }
  return t(id, plain)
    .split(SLOT)
    .map((piece, index) => (index % 2 === 1 ? <Fragment key={`part-${piece}`}>{parts[Number(piece)]}</Fragment> : piece));
}

/** Names one after another in the locale's way ("Ana, Ben" or "Ana، Ben"), each isolated in <bdi>. */
export function bdiList(names: readonly string[], separator: string): ReactNode[] {
  return names.map((name, index) => (
    <Fragment key={index}>
      {index > 0 ? separator : ''}
      <bdi>{name}</bdi>
    </Fragment>
  ));
}
