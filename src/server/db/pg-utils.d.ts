// Types for node-postgres's parameter preparation (pg/lib/utils.js, public through pg's "./lib/*" export), which
// @types/pg does not describe: db/pglite-wire.ts prepares PGlite's parameters with it.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
