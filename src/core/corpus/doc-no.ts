/** 文号 as people type them: brackets of any kind, spaces anywhere. */

/** A 文号 compared loosely: 〔〕, [], 【】, （） and ( ) all read as one bracket, spaces dropped. */
export function docNoKey(s: string): string {
  return s.replace(/\s+/g, '').replace(/[〔［\[【（(]/g, '[').replace(/[〕］\]】）)]/g, ']');
}

/** Whether `text` names the 文号 `docNo` (loosely, see `docNoKey`). */
export function namesDocNo(text: string, docNo: string): boolean {
  return docNoKey(text).includes(docNoKey(docNo));
}
