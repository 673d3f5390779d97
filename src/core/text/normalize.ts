/**
 * Normalisation applied to questions and to indexed text alike, so that the same words match
 * however they were typed: full-width ASCII to half-width, the traditional characters people
 * use when asking about this domain to simplified, lowercase, single spaces.
 *
 * The traditional→simplified table is deliberately small (a few hundred characters chosen for
 * employment, training, subsidy and everyday question words): it ships in the Workers bundle.
 */

/**
 * Pairs of (traditional, simplified). Only one-to-one conversions are listed; characters whose
 * simplified form depends on the word (乾, 著, 隻 …) are left out on purpose.
 */
const PAIRS =
  '職职業业補补貼贴領领訓训練练經经費费養养險险證证書书學学習习創创員员勞劳動动轉转農农務务進进' +
  '區区縣县鄉乡鎮镇軍军隊队殘残貧贫戶户檔档畢毕專专門门單单廠厂稅税額额資资總总標标準准錢钱萬万' +
  '個个歲岁齡龄時时間间問问題题請请辦办報报審审發发條条規规則则據据關关於于與与為为這这們们麼么' +
  '麽么嗎吗沒没還还會会夠够給给對对應应該该樣样誰谁裏里裡里後后幾几點点號号碼码電电話话網网絡络' +
  '線线實实際际現现場场處处機机構构組组織织團团體体協协聯联婦妇環环護护醫医療疗衛卫園园綠绿潔洁' +
  '託托遞递車车輛辆駕驾駛驶輕轻種种類类別别級级師师帶带獎奖勵励競竞賽赛選选舉举國国產产製制設设' +
  '備备購购買买賣卖舊旧償偿貸贷擔担營营運运銷销鋪铺飯饭館馆廳厅遊游導导計计劃划達达屆届歷历認认' +
  '評评價价鑒鉴鑑鉴測测試试庫库課课數数統统錄录簽签約约參参礙碍窮穷濟济脫脱傷伤藥药繳缴納纳遷迁' +
  '換换崗岗離离開开長长臨临靈灵閒闲雖虽從从讓让說说識识讀读寫写記记議议論论講讲談谈詢询諮咨調调' +
  '變变遲迟邊边過过連连適适隨随遠远違违範范圍围東东預预頒颁顧顾頁页項项順顺須须風风飛飞馬马驗验' +
  '魚鱼鳥鸟黃黄齊齐龍龙權权歡欢觀观覺觉親亲觸触訂订誤误誠诚謝谢貨货質质賠赔贈赠賺赚趙赵軟软輔辅' +
  '鄭郑邁迈釋释鋼钢錯错鐵铁閱阅陽阳陰阴陸陆雜杂雞鸡難难靜静韓韩頭头顯显願愿飲饮餘余驚惊髮发鬥斗' +
  '黨党龜龟兒儿內内兩两剛刚劉刘勢势卻却雙双啟启喪丧嚴严圖图圓圆堅坚壓压壞坏夢梦夥伙奪夺奮奋媽妈' +
  '孫孙寧宁將将尋寻屬属層层島岛幣币帳帐幫帮廣广廢废張张強强彈弹徑径復复徵征憑凭態态懷怀戰战戲戏' +
  '擇择擁拥擴扩擬拟擠挤攝摄敗败敵敌斷断晉晋暫暂來来極极樂乐樹树橋桥檢检歸归殺杀殼壳氣气決决況况' +
  '減减渾浑湯汤溝沟滅灭漢汉潛潜灣湾災灾烏乌無无煙烟熱热爭争爺爷牆墙獨独獲获畫画當当疊叠盡尽監监' +
  '盤盘確确禮礼禍祸稱称穩稳穀谷筆笔節节簡简糧粮緊紧維维綱纲緒绪編编緩缓縮缩績绩繼继續续罰罚義义' +
  '聖圣聞闻聲声肅肃脅胁腦脑臉脸艱艰藝艺蘇苏蘭兰虛虚裝装複复見见視视覽览許许訴诉診诊註注詞词詳详' +
  '誌志語语諾诺謀谋謂谓豐丰豬猪負负財财責责貢贡販贩貴贵貿贸賓宾賞赏賴赖贊赞贏赢趕赶跡迹蹤踪軌轨' +
  '較较載载輸输轄辖遺遗郵邮鄰邻醬酱針针鈔钞銀银銅铜鋒锋鍵键鎖锁鏈链鐘钟閉闭閩闽閣阁陳陈隱隐雲云' +
  '頂顶頻频顏颜飼饲驅驱鬧闹魯鲁鮮鲜麥麦闆板僱雇傭佣佈布臺台檯台颱台匯汇彙汇衝冲週周幹干執执撥拨' +
  '積积紅红闖闯慶庆藍蓝寶宝貝贝傳传獻献頓顿儲储鑰钥';

/** Traditional → simplified, built once from `PAIRS` (identical pairs and repeats ignored). */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    if (from !== to && !map.has(from)) map.set(from, to);
  }
  return map;
})();

/** Full-width ASCII (！…～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Simplified characters for the traditional ones in the table; everything else unchanged. */
export function toSimplified(s: string): string {
  let out = '';
  for (const c of s) out += TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/**
 * The one normalisation search uses on both the question and the indexed text:
 * half-width ASCII, simplified characters, lowercase, whitespace collapsed and trimmed.
 */
export function normalizeText(s: string): string {
  return toSimplified(toHalfWidth(s.normalize('NFC')))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
