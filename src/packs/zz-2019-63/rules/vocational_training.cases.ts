/** Case table of vocational_training (七(二), 六(一), 六(三)). */
import type { PersonFacts } from '../../../core/rules/schema.js';
import type { PersonCase } from '../../../core/rules/types.js';

/** Someone who meets every condition. */
const ok: Omit<PersonFacts, 'type'> = {
  trainingPlace: 'residence',
  certificate: true,
  subsidizedTrainingsThisYear: 0,
  occupation: '电工',
  level: '四级',
  previousSubsidies: [],
  monthlyPension: false,
  institutionInSystem: true,
};

export const cases: PersonCase[] = [
  {
    name: 'every condition met: eligible, amount set by the catalogue',
    facts: ok,
    expect: { status: 'eligible', amountYuan: null, missing: [], note: ['按规定给予职业培训补贴'] },
  },
  { name: 'training at the household place', facts: { ...ok, trainingPlace: 'household' }, expect: { status: 'eligible', amountYuan: null } },
  { name: 'training where seeking a job', facts: { ...ok, trainingPlace: 'job_seeking' }, expect: { status: 'eligible', amountYuan: null } },
  {
    name: 'training elsewhere',
    facts: { ...ok, trainingPlace: 'other' },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['不是户籍地、常住地或求职就业地'] },
  },
  { name: 'no certificate', facts: { ...ok, certificate: false }, expect: { status: 'ineligible', amountYuan: null } },
  {
    name: '2 subsidies this year: this is the 3rd, allowed',
    facts: { ...ok, subsidizedTrainingsThisYear: 2 },
    expect: { status: 'eligible', amountYuan: null, reasons: ['本次为第 3 次'] },
  },
  {
    name: '3 subsidies this year: the limit is reached',
    facts: { ...ok, subsidizedTrainingsThisYear: 3 },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['已达每年 3 次的上限'] },
  },
  {
    name: 'same occupation and level before',
    facts: { ...ok, previousSubsidies: [{ occupation: '电工', level: '四级' }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['不可重复享受'] },
  },
  {
    name: 'same level written another way (四级 = 中级工) is still the same',
    facts: { ...ok, previousSubsidies: [{ occupation: ' 电工', level: '中级工' }] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'same occupation, a higher level: allowed',
    facts: { ...ok, level: '三级', previousSubsidies: [{ occupation: '电工', level: '四级' }] },
    expect: { status: 'eligible', amountYuan: null },
  },
  {
    name: 'another occupation, same level: allowed',
    facts: { ...ok, previousSubsidies: [{ occupation: '育婴员', level: '四级' }] },
    expect: { status: 'eligible', amountYuan: null },
  },
  {
    name: 'earlier subsidies unknown → needs_info previousSubsidies',
    facts: { ...ok, previousSubsidies: undefined },
    expect: { status: 'needs_info', amountYuan: null, missing: ['previousSubsidies'] },
  },
  {
    name: 'earlier subsidy of unknown level, same occupation → needs_info',
    facts: { ...ok, previousSubsidies: [{ occupation: '电工' }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['previousSubsidies[0].level'] },
  },
  {
    name: 'this training’s occupation unknown with earlier subsidies → needs_info occupation',
    facts: { ...ok, occupation: undefined, previousSubsidies: [{ occupation: '电工', level: '四级' }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['occupation'] },
  },
  {
    name: 'another occupation known settles it even with the level missing',
    facts: { ...ok, level: undefined, previousSubsidies: [{ occupation: '育婴员' }] },
    expect: { status: 'eligible', amountYuan: null },
  },
  {
    name: 'monthly pension excludes',
    facts: { ...ok, monthlyPension: true },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['按月领取养老金'] },
  },
  {
    name: 'monthly pension excludes even with everything else missing',
    facts: { monthlyPension: true },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'pension unknown → needs_info monthlyPension',
    facts: { ...ok, monthlyPension: undefined },
    expect: { status: 'needs_info', amountYuan: null, missing: ['monthlyPension'] },
  },
  {
    name: 'training outside the system: 系统之外零补贴',
    facts: { ...ok, institutionInSystem: false },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['系统之外零补贴'] },
  },
  {
    name: 'nothing known: every fact is asked for, in order',
    facts: {},
    expect: {
      status: 'needs_info',
      amountYuan: null,
      missing: ['trainingPlace', 'certificate', 'subsidizedTrainingsThisYear', 'previousSubsidies', 'monthlyPension', 'institutionInSystem'],
    },
  },
  // --- Revised contract (issue 11) ---
  {
    name: 'three a year is “原则上”: the reason says so in those words',
    facts: { ...ok, subsidizedTrainingsThisYear: 3 },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['原则上每人每年可享受不超过 3 次'] },
  },
  {
    name: 'under three a year, the reason still gives the rule as “原则上”',
    facts: { ...ok, subsidizedTrainingsThisYear: 1 },
    expect: { status: 'eligible', amountYuan: null, reasons: ['原则上每人每年可享受不超过 3 次', '本次为第 2 次'] },
  },
  {
    name: 'the pension sentence includes people: the reason quotes “纳入政策范围”',
    facts: { ...ok, monthlyPension: true },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['不具有按月领取养老金资格的人员纳入政策范围'] },
  },
  {
    name: 'without a pension: included, in the text’s words',
    facts: ok,
    expect: { status: 'eligible', amountYuan: null, reasons: ['纳入政策范围'] },
  },
  {
    name: 'a new occupation published by the state: the priority standard applies (七(二))',
    facts: { ...ok, newOccupation: true },
    expect: {
      status: 'eligible',
      amountYuan: null,
      note: ['按优先支持类职业（工种）培训课时及补贴标准执行'],
      reasons: ['国家公布的新职业'],
      cites: ['国家公布的新职业中涉及技能人才类的'],
    },
  },
  {
    name: 'not a new occupation: no such note',
    facts: { ...ok, newOccupation: false },
    expect: { status: 'eligible', amountYuan: null, never: ['优先支持类'] },
  },
  {
    name: 'a new occupation does not lift an exclusion',
    facts: { ...ok, newOccupation: true, certificate: false },
    expect: { status: 'ineligible', amountYuan: null },
  },
];
