// validateTimeline: every problem with its path and a plain-English reason. The zod schema
// explains shape problems; check.ts does the rest. Used by the CLI, the tests and, loaded on
// demand, by the browser when data is invalid.
import * as z from 'zod/mini';
import { timelineSchema } from './schema';
import { reasonForIssue } from './messages';
import { formatPath, type PathSegment } from './paths';
import {
  checkTimeline,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
  type ShapeExplainer,
} from './check';
import { citationTextCheck } from './check-texts';

export { formatError } from './check';
export type { ValidateOptions, ValidationError, ValidationResult } from './check';

const explainWithSchema: ShapeExplainer = (input) => {
  const parsed = z.safeParse(timelineSchema, input);
  if (parsed.success) return { data: parsed.data, errors: [] };
  const errors: ValidationError[] = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    return { path, pathText: formatPath(path), message: reasonForIssue(issue, input) };
  });
  return { errors };
};

export function validateTimeline(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const { sourceTexts } = options;
  return checkTimeline(input, {
    explainShape: explainWithSchema,
    ...(sourceTexts ? { checkCitationText: citationTextCheck(sourceTexts) } : {}),
  });
}
