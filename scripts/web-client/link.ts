/**
 * Links the CommonJS modules tsc emits for one browser app into a single function body: each
 * module becomes a function of (exports, require) in a table, and a small loader runs the
 * entry. What comes out is a classic script fragment (no import/export, no globals), which the
 * server wraps in an IIFE with the values it bakes in (see src/core/web/*-script.ts).
 *
 * Only relative requires between the app's own modules are allowed: the client imports the
 * API's types from src/core, never its code, so a runtime package reaching the browser is a
 * build error rather than a broken script.
 */
import { posix } from 'node:path';

/** Module paths (posix, relative to the emit root, e.g. `widget/main.js`) to emitted code. */
export type EmittedModules = ReadonlyMap<string, string>;

const REQUIRE = /\brequire\(\s*"([^"]+)"\s*\)/g;

/** The module a `require(spec)` inside `from` names, as a key of the emitted modules. */
export function resolveRequire(from: string, spec: string): string {
  if (!spec.startsWith('./') && !spec.startsWith('../')) {
    throw new Error(`${from} requires "${spec}": the web client may only import its own modules at run time (use \`import type\` for the API's types)`);
  }
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

/** The entry and every module it reaches, in first-reached order. */
function reachable(modules: EmittedModules, entry: string): string[] {
  const seen: string[] = [];
  const visit = (path: string, by: string) => {
    if (seen.includes(path)) return;
    const code = modules.get(path);
    if (code === undefined) throw new Error(`${by} requires ${path}, which the compiler did not emit`);
    seen.push(path);
    for (const m of code.matchAll(REQUIRE)) visit(resolveRequire(path, m[1]!), path);
  };
  visit(entry, 'the build');
  return seen;
}

/** One script body running `entry` with every module it requires, each evaluated once. */
export function linkModules(modules: EmittedModules, entry: string): string {
  const order = reachable(modules, entry);
  const table = order.map((path) => {
    const code = modules.get(path)!
      .replace(/^"use strict";\n/, '')
      .replace(/\n\/\/# sourceMappingURL=.*$/, '')
      // Requires are rewritten to full module keys here, so the loader needs no path logic.
      .replace(REQUIRE, (_all, spec: string) => `require(${JSON.stringify(resolveRequire(path, spec))})`);
    return `${JSON.stringify(path)}: function (exports, require) {\n${code.trimEnd()}\n}`;
  });
  return [
    `var modules = {\n${table.join(',\n')}\n};`,
    'var loaded = {};',
    'function require(path) {',
    '  if (!loaded[path]) { loaded[path] = {}; modules[path](loaded[path], require); }',
    '  return loaded[path];',
    '}',
    `require(${JSON.stringify(entry)});`,
    '',
  ].join('\n');
}
