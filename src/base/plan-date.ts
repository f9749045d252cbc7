/** A calendar date as a plan writes it (ISO `YYYY-MM-DD`), split into its parts. */
export interface PlanDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly iso: string;
  /**
   * The plan's own date may leave the day, or the day and month, blank for the clerk to fill
   * (`2026-11`, `2026`); `day` and `month` are then 1, for the checks that compare dates.
   */
  readonly blank?: 'day' | 'month';
}
