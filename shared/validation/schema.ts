import { z } from 'zod';

/**
 * A zod string schema from a problem function, so the input framework reports the same reason the
 * boolean validator is based on (`input.custom(branchSchema, …)`).
 */
export function schemaFrom(problem: (value: string) => string | undefined): z.ZodType<string, string> {
  return z.string().superRefine((value, ctx) => {
    const reason = problem(value);
    if (reason !== undefined) ctx.addIssue({ code: 'custom', message: reason, input: value });
  });
}
