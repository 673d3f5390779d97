/**
 * The linker that joins the client's compiled modules into one script: each module runs once,
 * in require order, and only the client's own modules can reach the browser.
 */
import { describe, expect, it } from 'vitest';
import { linkModules, resolveRequire } from '../../scripts/web-client/link.js';

/** Runs a linked body the way the served script does (inside a function) and returns what it logged. */
function run(body: string): string[] {
  const said: string[] = [];
  new Function('say', body)((s: string) => said.push(s));
  return said;
}

describe('linkModules', () => {
  const modules = new Map([
    ['app/main.js', 'const a = require("./a.js");\nconst b = require("../common/b.js");\nsay("main " + a.name + " " + b.name);'],
    ['app/a.js', 'const b = require("../common/b.js");\nexports.name = "a+" + b.name;\nsay("a");'],
    ['common/b.js', 'exports.name = "b";\nsay("b");'],
    ['app/unused.js', 'say("unused");'],
  ]);

  it('runs every module the entry reaches once, dependencies first, and leaves out the rest', () => {
    expect(run(linkModules(modules, 'app/main.js'))).toEqual(['b', 'a', 'main a+b b']);
  });

  it('refuses a runtime import of a package: the client may only import its own modules', () => {
    const withPackage = new Map([['app/main.js', 'const z = require("zod");']]);
    expect(() => linkModules(withPackage, 'app/main.js')).toThrow(/may only import its own modules.*import type/);
  });

  it('refuses a require of a module the compiler did not emit', () => {
    const missing = new Map([['app/main.js', 'require("./gone.js");']]);
    expect(() => linkModules(missing, 'app/main.js')).toThrow(/app\/gone\.js/);
  });

  it('resolves requires relative to the requiring module', () => {
    expect(resolveRequire('console/main.js', '../common/dom.js')).toBe('common/dom.js');
    expect(resolveRequire('widget/chat.js', './view.js')).toBe('widget/view.js');
  });
});
