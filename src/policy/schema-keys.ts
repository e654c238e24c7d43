/** What the schema checker and the ahead-of-time validators (./schema-codegen.ts) agree on. */

/**
 * ajv's options for every policy schema. `verbose` puts the schema beside each error (the messages name
 * the allowed keys); the schemas are our own constants, checked against the meta-schema by the tests.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, validateSchema: false } as const;

/** The key of a schema: `policy`, `filter:<type>` or `action:<type>`. */
export function validatorKey(kind: 'policy' | 'filter' | 'action', type?: string): string {
  return type === undefined ? kind : `${kind}:${type}`;
}
