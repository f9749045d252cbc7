/**
 * A Word file past one of the input budgets (src/base/input-budgets.ts), found deep in reading
 * it: thrown there, and turned into the file's located problem where the file's name is known
 * (read-docx.ts).
 */
export class OverBudget extends Error {
  override readonly name = 'OverBudget';
}
