/** The pack of 郑政办〔2019〕63号: its manifest, its dated parameters, its rules, its words and its answer data. */
import { definePack } from '../../core/rules/pack.js';
import { ANSWERS } from './answers/index.js';
import { MANIFEST } from './manifest.js';
import { PARAMETERS } from './parameters.js';
import { RULES } from './rules/index.js';
import { VOCABULARY } from './vocabulary.js';

export const zz201963 = definePack({ manifest: MANIFEST, parameters: PARAMETERS, rules: RULES, vocabulary: VOCABULARY, answers: ANSWERS });
