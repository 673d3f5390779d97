/** 有帮助 / 没帮助 under each answer, with an optional comment, sent to `/api/feedback`. */
import type { FeedbackRequest } from '../api.js';
import { el } from '../common/dom.js';
import { cfg } from './config.js';
import { sessionId } from './session.js';
import { nextId, type ChatView, type ShownAnswer } from './view.js';

/** The feedback buttons for `res`, appended to its message. */
export function renderFeedback(view: ChatView, node: HTMLElement, res: ShownAnswer): void {
  const box = el('div', { 'class': 'zw-fb', role: 'group', 'aria-label': '这条答复有帮助吗？' });
  box.appendChild(el('span', null, '有帮助吗？'));
  const yes = el('button', { type: 'button', 'data-widget': 'feedback', 'data-helpful': 'true' }, '有帮助');
  const no = el('button', { type: 'button', 'data-widget': 'feedback', 'data-helpful': 'false' }, '没帮助');
  box.appendChild(yes);
  box.appendChild(no);
  node.appendChild(box);
  function done(ok: boolean) {
    box.textContent = ok ? '谢谢您的反馈！' : '反馈未能发送，请稍后再试。';
    box.setAttribute('role', 'status');
  }
  function post(helpful: boolean, comment?: string) {
    const body: FeedbackRequest = { sessionId: res.sessionId || sessionId(), helpful };
    if (res.questionId) body.questionId = res.questionId;
    if (comment) body.comment = comment;
    return fetch(cfg.api + '/api/feedback', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
    }).then((r) => { done(r.ok); }, () => { done(false); });
  }
  yes.addEventListener('click', () => { post(true); });
  no.addEventListener('click', () => {
    box.textContent = '';
    const label = el('label', { 'for': 'zzpw-fb-' + nextId() }, '哪里不对或缺了什么？（可不填）');
    const ta = el('textarea', { id: label.getAttribute('for'), maxlength: '1000' });
    const submitBtn = el('button', { type: 'button', 'data-widget': 'feedback-send' }, '提交反馈');
    box.appendChild(label);
    box.appendChild(ta);
    box.appendChild(submitBtn);
    ta.focus({ preventScroll: true });
    view.reveal(box, 0);
    submitBtn.addEventListener('click', () => {
      post(false, ta.value.replace(/^\s+|\s+$/g, '').slice(0, 1000));
    });
  });
}
