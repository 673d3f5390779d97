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
/** A number no request of this process has used: request numbers restart with every run. */
let coldCounter = 0;
const coldTag = () => `${process.pid}${++coldCounter}`;
const question = (i: number) => questions[i % questions.length]!;

function wechatQuery(i: number): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = `n${i}`;
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

export const BASELINE: LoadTarget = { name: 'healthz', method: 'GET', path: '/healthz' };

export const TARGETS: LoadTarget[] = [
  { name: 'search', method: 'GET', path: (i) => `/api/search?k=5&q=${encodeURIComponent(question(i))}` },
  // Every request a question never asked before (the eval question plus a number of its own),
  // so the search's result cache never answers: the cost of a new question.
  {
    name: 'search (cold)',
    method: 'GET',
    path: (i) => `/api/search?k=5&q=${encodeURIComponent(`${question(i)} ${coldTag()}`)}`,
  },
  { name: 'ask', method: 'POST', path: '/api/ask', body: (i: number) => ({ question: question(i), channel: 'web' }) },
  { name: 'eligibility', method: 'POST', path: '/api/eligibility', body: employer },
  {
    name: 'wechat',
    method: 'POST',
    path: wechatQuery,
    body: wechatText,
    headers: { 'content-type': 'text/xml' },
  },
];
