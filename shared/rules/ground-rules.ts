import { z } from 'zod';
import { issueSentence } from '../contract/error-message';

export const RULE_TEXT_MAX = 300;
export const RULES_MAX = 30;

export const RuleText = z
  .string({
    error: (issue) => (issue.input === undefined ? 'A ground rule is missing; write the rule or remove it.' : 'A ground rule must be text.'),
  })
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'A ground rule cannot be empty.' })
      .max(RULE_TEXT_MAX, {
        error: (issue) =>
          issueSentence(
            `A ground rule can be at most ${String(RULE_TEXT_MAX)} characters (this one has ${String((issue.input as string).length)}).`,
            'rules.tooLong',
            { max: RULE_TEXT_MAX, length: (issue.input as string).length },
          ),
      }),
  );

/**
 * Every edit of the rules makes a new version and keeps the old text, so a
 * member's agreement always points at the words they agreed to.
 */
export const RulesVersion = z.strictObject({
  version: z.number().int().min(1),
  rules: z.array(RuleText).max(RULES_MAX),
  adoptedAt: z.number().int().nonnegative(),
});
export type RulesVersion = z.infer<typeof RulesVersion>;

export function currentRules(history: readonly RulesVersion[]): RulesVersion | undefined {
  return history.reduce<RulesVersion | undefined>((newest, v) => (!newest || v.version > newest.version ? v : newest), undefined);
}

/** Appends a version, unless the rules did not actually change. */
export function withNewRulesVersion(history: readonly RulesVersion[], rules: readonly string[], now: number): RulesVersion[] {
  const current = currentRules(history);
  if (current && current.rules.length === rules.length && current.rules.every((r, i) => r === rules[i])) return [...history];
  return [...history, { version: (current?.version ?? 0) + 1, rules: [...rules], adoptedAt: now }];
}
