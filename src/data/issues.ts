/**
 * Turns zod's issues into the lines our errors are made of: `sources[0].quote: must not be
 * empty…`. Shared by the build's validation and the ingest tool, so both word a bad record
 * the same way. Node or build side (imports zod's types only).
 */
import type { ZodError, ZodIssue } from 'zod';

/** ['sources', 0, 'quote'] → "sources[0].quote"; [] → "". */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * A union's own message is just "Invalid input". Explain it by the branch that matched the
 * value's type (for a count given as -1: the number branch, "must be ≥ 0"), or, when no branch
 * did, by listing the types that would have been accepted.
 */
function explainUnion(issue: Extract<ZodIssue, { code: 'invalid_union' }>): ZodIssue[] {
  const depth = issue.path.length;
  const wrongType = (e: ZodError) =>
    e.issues.every((i) => i.code === 'invalid_type' && i.path.length === depth);
  const matched = issue.unionErrors.find((e) => !wrongType(e));
  if (matched) return matched.issues.flatMap(expand);
  const expected = [...new Set(issue.unionErrors.flatMap((e) => e.issues.map((i) => (i.code === 'invalid_type' ? i.expected : null))))]
    .filter((x): x is NonNullable<typeof x> => x !== null);
  const first = issue.unionErrors[0]?.issues[0];
  const received = first && first.code === 'invalid_type' ? first.received : 'something else';
  return [{ ...issue, message: `Expected ${expected.join(' or ')}, received ${received}` }];
}

function expand(issue: ZodIssue): ZodIssue[] {
  return issue.code === 'invalid_union' ? explainUnion(issue) : [issue];
}

/** One line per problem: "<path>: <message>", or just the message for the record itself. */
export function describeZodIssues(error: ZodError): string[] {
  const lines = error.issues.flatMap(expand).map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return [...new Set(lines)];
}
