import type { Locator } from '@playwright/test';

/**
 * Which of these English phrases a person could still meet in this part of
 * the page: in its text, or read out from an aria-label, title, placeholder
 * or alt. Matching ignores case, so a heading styled in capitals counts too.
 */
export async function englishLeft(scope: Locator, phrases: readonly string[]): Promise<string[]> {
  const seen = await scope.evaluate((root) => {
    const parts = [(root as HTMLElement).innerText];
    for (const el of Array.from(root.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(name) ?? '');
    }
    return parts.join('\n').toLowerCase();
  });
  return phrases.filter((phrase) => seen.includes(phrase.toLowerCase()));
}
