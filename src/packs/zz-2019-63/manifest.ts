/**
 * 郑政办〔2019〕63号 as printed (the front matter of policy-corpus/zz-2019-63.md says the same; a
 * test holds them together) and the sentences the eligibility response uses about its period.
 */
import type { PackManifest } from '../../core/rules/pack.js';

export const MANIFEST: PackManifest = {
  id: 'zz-2019-63',
  title: '郑州市职业技能提升行动实施方案（2019—2021年）',
  docNo: '郑政办〔2019〕63号',
  issuer: '郑州市人民政府办公厅',
  // From the signing date (成文日期 2019年12月2日) to the end of the plan's last year.
  period: { from: '2019-12-02', to: '2021-12-31' },
  wording: {
    beforePeriod: '本方案（{docNo}）实施期为2019—2021年（{from} 至 {to}），查询日期 {asOf} 早于方案印发施行，当时本方案尚未生效。以下结果按方案条款计算，仅供参考。',
    afterPeriod:
      '本方案（{docNo}）实施期为2019—2021年（{from} 至 {to}），查询日期 {asOf} 已超出实施期。以下结果按原方案条款计算，仅供参考；现行政策请咨询当地人力资源社会保障部门。',
    greeting: '您好！我可以解答《郑州市职业技能提升行动实施方案》（{docNo}）的问题，也能帮您测算能否领取培训补贴、以工代训补贴等。',
  },
};
