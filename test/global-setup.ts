/**
 * The bundled CLI (dist/kehoach.cjs and its worker), made once before any test file runs: the
 * files that start the real command in child processes (worker threads, fault injection) would
 * otherwise each rebuild it while another runs it.
 */
export default async function setup(): Promise<void> {
  const { bundle } = (await import(new URL('../scripts/bundle.mjs', import.meta.url).href)) as {
    bundle: () => Promise<void>;
  };
  await bundle();
}
