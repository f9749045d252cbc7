/** Where text output goes: a stream, or a buffer in tests. */
export interface Writer {
  write(chunk: string): unknown;
}
