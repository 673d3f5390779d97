/** What the parts of an answer (chips, quick replies, feedback) need from the conversation panel. */
import type { AskResponse } from '../api.js';

export interface ChatView {
  /** The scrolling conversation log. */
  log: HTMLElement;
  /** Scrolls the log just enough that `node` is in view, `above` pixels of what precedes it too. */
  reveal(node: HTMLElement, above?: number): void;
  /** True while a question is being answered. */
  isBusy(): boolean;
  /** Sends `question`, showing `shown` as what the visitor said. */
  send(question: string, shown: string): void;
}

/** The parts of an answer the widget shows and keeps in the tab's transcript. */
export type ShownAnswer = Partial<Pick<AskResponse, 'answer' | 'answered' | 'citations' | 'followUp' | 'sessionId' | 'questionId'>>;

let seq = 0;
/** A fresh number for element ids inside the widget. */
export function nextId(): number {
  return ++seq;
}
