/**
 * The policy the rules implement, as stated on the document, and what a reference date
 * (`asOf`) means for it: in force or not, and the warning a reader must see when not.
 */
import type { PolicyInfo } from './schema.js';

/** 郑政办〔2019〕63号 as printed: signed 2019-12-02, covering 2019–2021. */
export const POLICY = {
  id: 'zz-2019-63',
  title: '郑州市职业技能提升行动实施方案（2019—2021年）',
  docNo: '郑政办〔2019〕63号',
  issuer: '郑州市人民政府办公厅',
  /** From the signing date (成文日期 2019年12月2日) to the end of the plan's last year. */
  period: { from: '2019-12-02', to: '2021-12-31' },
} as const;

/** Offset of China Standard Time; "today" for a Zhengzhou applicant is the date in UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8) at instant `now`, as YYYY-MM-DD. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether the policy covers the ISO date `asOf` (both ends inclusive). */
export function inForce(asOf: string): boolean {
  return asOf >= POLICY.period.from && asOf <= POLICY.period.to;
}

/** The response's `policy` block for a reference date. */
export function policyInfo(asOf: string): PolicyInfo {
  return {
    id: POLICY.id,
    title: POLICY.title,
    docNo: POLICY.docNo,
    period: { from: POLICY.period.from, to: POLICY.period.to },
    inForce: inForce(asOf),
  };
}

/** Plain-Chinese warnings about the reference date; empty while the policy is in force. */
export function periodWarnings(asOf: string): string[] {
  const span = `本方案（${POLICY.docNo}）实施期为2019—2021年（${POLICY.period.from} 至 ${POLICY.period.to}）`;
  if (asOf < POLICY.period.from) {
    return [
      `${span}，查询日期 ${asOf} 早于方案印发施行，当时本方案尚未生效。以下结果按方案条款计算，仅供参考。`,
    ];
  }
  if (asOf > POLICY.period.to) {
    return [
      `${span}，查询日期 ${asOf} 已超出实施期。以下结果按原方案条款计算，仅供参考；现行政策请咨询当地人力资源社会保障部门。`,
    ];
  }
  return [];
}
