/**
 * The widget stays small and loadable everywhere: ≤ 30 KiB gzipped, valid classic-script
 * JavaScript (compiled modules linked and wrapped into one string, so the wrapping is checked
 * here), and free of syntax old in-app browsers (WeChat's WebView) cannot parse.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONSOLE_JS } from '../../../src/core/web/console-script.js';
import { renderWidgetScript } from '../../../src/core/web/widget-script.js';

const BUDGET_BYTES = 30 * 1024;

describe('widget.js', () => {
  const script = renderWidgetScript({ hotline: '12333' });

  it('is at most 30 KiB gzipped', () => {
    const gz = gzipSync(Buffer.from(script, 'utf8'), { level: 9 }).length;
    console.info(`widget.js: ${script.length} chars, ${gz} bytes gzipped`);
    expect(gz).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('parses as a classic script', () => {
    expect(() => new Function(script)).not.toThrow();
  });

  it('uses no syntax that old WebViews reject (optional chaining, ??, template literals)', () => {
    // Strip string literals first so text like "a ?? b" inside a message could not count.
    const code = script.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
    expect(code).not.toMatch(/\?\.[A-Za-z_$(\[]/);
    expect(code).not.toMatch(/\?\?/);
    expect(code).not.toContain('`');
  });

  it('bakes the configured hotline in as data, escaped so it cannot break out of a script', () => {
    const evil = renderWidgetScript({ hotline: '</script><script>alert(1)</script>' });
    expect(evil).not.toContain('</script><script>');
    expect(() => new Function(evil)).not.toThrow();
    expect(script).toContain('"hotline":"12333"');
  });
});

describe('console.js', () => {
  it('parses as a classic script', () => {
    expect(() => new Function(CONSOLE_JS)).not.toThrow();
  });
});
