/** A calendar date as a plan writes it (ISO `YYYY-MM-DD`), split into its parts. */
export interface PlanDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly iso: string;
}
