import { Fragment, type ReactNode } from 'react';
import type { MessageValues, Translate } from '#shared/i18n/translator';
import { richMessage } from '../i18n/rich';

/**
 * A message with React parts in its placeholders (a name in <bdi>, a word in
 * <strong>), so the translation decides where they go and no sentence is
 * glued together from pieces. Plain values are formatted as usual; the rest
 * is richMessage's work.
 */
export function rich(t: Translate, id: string, values: Record<string, ReactNode>): ReactNode[] {
  const plain: MessageValues = {};
  const nodes: Record<string, ReactNode> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') plain[key] = value;
    else nodes[key] = value;
  }
  return richMessage(t, id, nodes, plain);
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
