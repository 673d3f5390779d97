/** The pack of 郑政办〔2019〕63号: its manifest, its dated parameters and its rules. */
import { definePack } from '../../core/rules/pack.js';
import { MANIFEST } from './manifest.js';
import { PARAMETERS } from './parameters.js';
import { RULES } from './rules/index.js';

export const zz201963 = definePack({ manifest: MANIFEST, parameters: PARAMETERS, rules: RULES });
