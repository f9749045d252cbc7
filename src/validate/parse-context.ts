/**
 * zod compiles a fast parser for each object schema the first time it parses one (`new Function`):
 * it pays back over many plans, not in a process that validates one plan and exits, where the
 * compiling is some 9 ms of a cold build (docs/hieu-nang.md). `jitless` is zod's documented
 * ParseContext option for that.
 */
let jitless = false;

/** For a process that validates a single plan: parse without compiling (the CLI's one-plan build). */
export const parseWithoutCompiling = (): void => {
  jitless = true;
};

/** The context every schema parse runs with. */
export const parseContext = () => ({ reportInput: true, jitless }) as const;
