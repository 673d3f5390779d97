/** The fixed texts the WeChat channels send (Chinese, plain, short). */
import { ANSWERS } from '../rules/registry.js';

/** Welcome for a new follower: what the assistant does and questions to try. */
export function welcomeText(hotline?: string): string {
  return [
    ANSWERS.texts.wechatWelcome,
    '我可以：查政策条款原文、解释培训补贴怎么领、帮您一步步判断能不能享受补贴。',
    '可以这样问：',
    ...ANSWERS.texts.wechatExamples.map((q) => `· ${q}`),
    '发文字或语音都可以。',
    ...(hotline ? [`人工咨询请拨打 ${hotline}。`] : []),
  ].join('\n');
}

export const TEXTS = {
  unsupported: '暂时只能看懂文字和语音哦。请用文字描述您的问题，例如“培训补贴怎么申请？”',
  voiceUnrecognised: '这条语音没能识别出文字，麻烦您用文字再发一次问题。',
  heard: (text: string) => `我听到的是：“${text}”\n`,
  empty: '请直接输入您想了解的政策问题，例如“培训补贴怎么申请？”',
  rateLimited: '您发消息有点快，请稍等一分钟再问，我会继续为您解答。',
  deferred: '这个问题需要多查一会儿，答案准备好后请回复任意内容获取答案。',
  stillWorking: '上一个问题的答案还在准备中，请稍后回复任意内容获取答案。',
  pendingPrefix: '您上一个问题的答案：\n',
  pendingSuffix: '\n（如还有新问题，请再发送一次。）',
  failed: '抱歉，暂时没能查到答案，请稍后再试。',
  unknownMenu: '这个菜单暂时没有内容，请直接输入您的问题。',
} as const;
