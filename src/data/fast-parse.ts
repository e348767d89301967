/**
 * A fast validator compiled from a zod schema, for the build's hot loop (200,000 incidents:
 * zod's per-record parse took 12 s of a 28 s load, ajv's compiled code a fraction of that).
 *
 * The zod schema stays the one source of truth: it is translated to JSON Schema
 * (zod-to-json-schema) and compiled with ajv. The translation must never accept what zod
 * rejects, so whatever JSON Schema cannot say is handed back to zod piece by piece:
 * - a refinement (`.refine`, `.superRefine`) runs zod's own refinement function on the value;
 * - `.trim()` accepts only strings that are already trimmed (zod would change the others);
 * - a string check JSON Schema lacks (`.url()`, `.email()`…) runs zod's string schema;
 * - transforms, pipelines and catches never pass the fast path.
 * A record the compiled code rejects is parsed again by zod, so errors read exactly as before
 * and a record zod accepts after all (an untrimmed title) gets zod's output.
 * Build side only (ajv compiles with `new Function`).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { z, type ZodTypeAny } from 'zod';
import { zodToJsonSchema, type JsonSchema7Type } from 'zod-to-json-schema';

export type FastParseResult<T> = { success: true; data: T } | { success: false; error: z.ZodError };


/** How many refined strings to remember; refinements are pure, so this only bounds memory. */
const MEMO_LIMIT = 50_000;

/** zod's refinement context, reduced to what a refinement calls; any issue means "not on the fast path". */
function refinementPasses(refinement: (value: unknown, ctx: z.RefinementCtx) => unknown, value: unknown): boolean {
  let failed = false;
  const ctx = {
    addIssue: () => {
      failed = true;
    },
    path: [],
  } as unknown as z.RefinementCtx;
  try {
    const result = refinement(value, ctx);
    // An async refinement cannot be run here: leave the record to zod.
    if (result instanceof Promise) return false;
  } catch {
    // Refinements may assume the shape their inner schema checks; a throw means "ask zod".
    return false;
  }
  return !failed;
}

/**
 * Compiles `schema` into a parse function with zod's result shape. On success `data` is the
 * input itself with defaults filled in (ajv `useDefaults`), which is what zod returns for a
 * schema without transforms; the input object may be mutated that way.
 */
export function compileFastParse<S extends ZodTypeAny>(schema: S): (value: unknown) => FastParseResult<z.output<S>> {
  const leaves: ZodTypeAny[] = [];
  const refinements: ((value: unknown, ctx: z.RefinementCtx) => unknown)[] = [];
  const passedStrings = new Map<string, boolean>();

  const jsonSchema = zodToJsonSchema(schema, {
    $refStrategy: 'none',
    effectStrategy: 'input',
    postProcess: (json, def) => keywordsFor(json, def) as JsonSchema7Type | undefined,
  });

  /** Adds what JSON Schema cannot say (see the header) to one translated node. */
  function keywordsFor(json: JsonSchema7Type | undefined, def: z.ZodTypeDef): Record<string, unknown> | undefined {
    if (!json) return json;
    const out = json as Record<string, unknown>;
    const typeName = (def as { typeName?: string }).typeName;
    if (typeName === 'ZodEffects') {
      const effect = (def as z.ZodEffectsDef).effect;
      if (effect.type !== 'refinement') return { not: {} };
      refinements.push(effect.refinement as (value: unknown, ctx: z.RefinementCtx) => unknown);
      return { ...out, zodRefinement: refinements.length - 1 };
    }
    // A "strip" object drops unknown keys: the fast path rejects them and zod strips them.
    if (typeName === 'ZodObject' && (def as z.ZodObjectDef).unknownKeys === 'strip' && out.additionalProperties === undefined) {
      return { ...out, additionalProperties: false };
    }
    if (typeName === 'ZodPipeline' || typeName === 'ZodCatch' || typeName === 'ZodLazy') return { not: {} };
    if (typeName === 'ZodString') {
      const checks = (def as z.ZodStringDef).checks;
      const extra: Record<string, unknown> = {};
      // JSON Schema counts code points, zod counts UTF-16 units (String.length): say it zod's way.
      const { minLength, maxLength, ...rest } = out;
      if (minLength !== undefined || maxLength !== undefined) extra.unitLength = [minLength ?? 0, maxLength ?? null];
      for (const check of checks) {
        if (check.kind === 'min' || check.kind === 'max' || check.kind === 'length') continue;
        if (check.kind === 'regex' && check.regex.flags === '') continue;
        // An already trimmed string is what every check sees, before the trim or after it.
        if (check.kind === 'trim') extra.trimmed = true;
        // Case changes rewrite the value: only zod can return it.
        else if (check.kind === 'toLowerCase' || check.kind === 'toUpperCase') return { not: {} };
        else if (extra.zodLeaf === undefined) {
          leaves.push(new z.ZodString(def as z.ZodStringDef));
          extra.zodLeaf = leaves.length - 1;
        }
      }
      return { ...rest, ...extra };
    }
    return out;
  }

  const ajv = new Ajv({
    useDefaults: true,
    allErrors: false,
    strict: false,
    validateFormats: false,
    // zod measures strings in UTF-16 code units and compiles its regexes without the u flag.
    unicodeRegExp: false,
  });
  ajv.addKeyword({
    keyword: 'zodRefinement',
    schemaType: 'number',
    errors: false,
    validate: (index: number, value: unknown) => {
      if (typeof value !== 'string') return refinementPasses(refinements[index], value);
      // Dates repeat across thousands of records: a refinement of a string is worth remembering.
      const key = `${index}\u0000${value}`;
      let passes = passedStrings.get(key);
      if (passes === undefined) {
        passes = refinementPasses(refinements[index], value);
        if (passedStrings.size >= MEMO_LIMIT) passedStrings.clear();
        passedStrings.set(key, passes);
      }
      return passes;
    },
  });
  ajv.addKeyword({
    keyword: 'zodLeaf',
    schemaType: 'number',
    errors: false,
    validate: (index: number, value: unknown) => leaves[index].safeParse(value).success,
  });
  ajv.addKeyword({
    keyword: 'unitLength',
    schemaType: 'array',
    errors: false,
    validate: ([min, max]: [number, number | null], value: unknown) =>
      typeof value !== 'string' || (value.length >= min && (max === null || value.length <= max)),
  });
  ajv.addKeyword({
    keyword: 'trimmed',
    schemaType: 'boolean',
    errors: false,
    validate: (_: boolean, value: unknown) => typeof value !== 'string' || value === value.trim(),
  });
  const validate: ValidateFunction = ajv.compile(jsonSchema);

  return (value) => {
    if (validate(value)) return { success: true, data: value as z.output<S> };
    const parsed = schema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
  };
}
