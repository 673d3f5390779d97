/**
 * What the HTTP load hits: one row per endpoint. `/healthz` is the baseline every other
 * row is compared with. To benchmark another endpoint, add a row.
 */
import { createHash } from 'node:crypto';
import { QUESTIONS } from '../../test/eval/questions.js';
import type { LoadTarget } from './load.js';

/** Token the benchmark's server child is started with, so WeChat requests can be signed. */
export const BENCH_WECHAT_TOKEN = 'bench-token';

const questions = QUESTIONS.map((q) => q.q);

/** A whole number written in the letters a–z (0 → a, 25 → z, 26 → ba …). */
function letters(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

/**
 * A word no request of this process (nor of an earlier run: the process id is in it) has
 * used. Letters only: digits would be read as facts by the answer pipeline (an age, a count
 * of months) and change what is asked, where an unknown Latin word changes nothing but the
 * text — search treats it as a term the corpus lacks.
 */
let uniqueCounter = 0;
const uniqueWord = () => `x${letters(process.pid)}q${letters(++uniqueCounter)}`;

/** The eval questions in turn; for every other request (odd numbers) one made unique by a word of its own. */
export function benchQuestion(i: number): string {
  const q = questions[Math.floor(i / 2) % questions.length]!;
  return i % 2 === 1 ? `${q} ${uniqueWord()}` : q;
}
const question = (i: number) => questions[i % questions.length]!;

/** Tells this run's nonces from an earlier run's on the same server. */
const RUN = Date.now().toString(36);

function wechatQuery(i: number): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  // Unique per run and request: the callback refuses a nonce it has seen (replay guard).
  const nonce = `n${RUN}-${i}`;
  const signature = createHash('sha1').update([BENCH_WECHAT_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
  return `/wechat/mp?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&openid=bench-user-${i % 50}`;
}

function wechatText(i: number): string {
  const now = Math.floor(Date.now() / 1000);
  return (
    `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[bench-user-${i % 50}]]></FromUserName>` +
    `<CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${question(i)}]]></Content>` +
    `<MsgId>${9_000_000_000_000 + Date.now() * 1000 + i}</MsgId></xml>`
  );
}

/** An employer with qualifying hires: exercises several rules in one request. */
const employer = {
  applicant: {
    type: 'employer',
    entity: 'enterprise',
    insured: true,
    hires: [{ group: 'poor_labor', count: 3, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
    equipment: [{ kind: 'master_studio', valueYuan: 800_000, fromEducationFund: true, accepted: true }],
    payrollYuan: 5_000_000,
    educationFundYuan: 500_000,
  },
};

/**
 * Counts the new employer bodies of this process. Not the request index: that starts again at 0
 * in every slice of a round, so a body "never seen before" would come back a slice later and a
 * memo of answers would find it.
 */
let employerCounter = 0;

/** The employer above with a payroll no other request has: a body the server has not seen. */
function uniqueEmployer(): typeof employer {
  return { applicant: { ...employer.applicant, payrollYuan: employer.applicant.payrollYuan + ++employerCounter } };
}

/**
 * The employer above with every number new: head count, equipment value, payroll, education
 * fund and apprentices. Four of its nine rules read one of them, so none of their results can
 * be reused; the other five read only yes/no facts and the entity, which no new body changes.
 */
function newNumbersEmployer(): typeof employer & { applicant: { apprentices: number } } {
  const a = employer.applicant;
  const i = ++employerCounter;
  return {
    applicant: {
      ...a,
      hires: [{ ...a.hires[0]!, count: 1 + (i % 900_000) }],
      equipment: [{ ...a.equipment[0]!, valueYuan: a.equipment[0]!.valueYuan + i }],
      payrollYuan: a.payrollYuan + i,
      educationFundYuan: a.educationFundYuan + i,
      apprentices: 1 + i,
    },
  };
}

export const BASELINE: LoadTarget = { name: 'healthz', method: 'GET', path: '/healthz' };

/**
 * The endpoints measured, as issue 13 asks: search and ask with half of the questions made
 * unique (so the caches answer at most half of them, the way a live service meets new
 * questions), eligibility with one employer. The WeChat callback rides along for
 * information (no goal).
 */
export const TARGETS: LoadTarget[] = [
  { name: 'search', method: 'GET', path: (i) => `/api/search?k=5&q=${encodeURIComponent(benchQuestion(i))}` },
  { name: 'ask', method: 'POST', path: '/api/ask', body: (i: number) => ({ question: benchQuestion(i), channel: 'web' }) },
  // For information (no goal): every question new, so no cache of the pipeline helps; what a
  // question nobody asked before costs (the profile to read when ask's figure is to move).
  { name: 'ask-new', method: 'POST', path: '/api/ask', body: (i: number) => ({ question: benchQuestion(2 * i + 1), channel: 'web' }) },
  { name: 'eligibility', method: 'POST', path: '/api/eligibility', body: employer },
  // For information (no goal): every other body never seen before, so the route's memo of
  // answered bodies helps at most half of them, as with search and ask.
  { name: 'eligibility-half-new', method: 'POST', path: '/api/eligibility', body: (i: number) => (i % 2 ? uniqueEmployer() : employer) },
  // For information: every other body new in every number it holds (no rule reading a number
  // finds a result it made before).
  { name: 'eligibility-numbers-new', method: 'POST', path: '/api/eligibility', body: (i: number) => (i % 2 ? newNumbersEmployer() : employer) },
  {
    name: 'wechat',
    method: 'POST',
    path: wechatQuery,
    body: wechatText,
    headers: { 'content-type': 'text/xml' },
  },
];

/**
 * The issue's goals: each endpoint's 2xx throughput as a share of /healthz in the same run
 * (16 connections), per database; and the embedded default's peak resident memory.
 */
export const GOALS = {
  embedded: { search: 0.15, ask: 0.1, eligibility: 0.5 },
  server: { search: 0.25, ask: 0.15, eligibility: 0.5 },
  embeddedRssMiB: 300,
} as const;

/** The figures the issue's author measured before any of this work (same method). */
export const ISSUE_FIGURES = {
  embedded: { search: 0.06, ask: 0.04, eligibility: 0.38 },
  server: { search: 0.17, ask: 0.09, eligibility: 0.37 },
} as const;
