/** The path of the compiled extension, without its suffix. */
export function getLoadablePath(): string;
/** Load tongji into a database that has loadExtension (better-sqlite3, node:sqlite). */
export function load(db: { loadExtension(path: string): unknown }): void;
