/** Where text output goes: a stream, or a buffer in tests. */
export interface Writer {
  write(chunk: string): unknown;
  /** A terminal (process.stdout/stderr): colour and progress bars are drawn only there. */
  readonly isTTY?: boolean;
}
