/** What a plan field means, for editors: its JSON Schema description and example. */
export interface FieldDoc {
  readonly description: string;
  readonly example: unknown;
  /** JSON Schema keywords zod cannot express (the format of a date checked in a transform). */
  readonly schema?: Readonly<Record<string, unknown>>;
}
