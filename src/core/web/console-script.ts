/**
 * The staff console's behaviour, served at `/assets/console.js`: its code compiled from
 * src/web-client/console (see scripts/web-client/build.ts), wrapped in one IIFE after the
 * enums' labels, which are baked in from the eligibility schema (client-data.ts).
 */
import { CONSOLE_BAKED } from './client-data.js';
import { CONSOLE_CLIENT_JS } from './web-client.generated.js';
import { scriptJson } from './html.js';

/** The complete script served at `/assets/console.js`. */
export const CONSOLE_JS =
  '(function(){"use strict";\nvar BAKED=' + scriptJson(CONSOLE_BAKED) + ';\n' + CONSOLE_CLIENT_JS + '})();\n';
