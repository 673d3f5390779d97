/**
 * Text of a Word document (.docx), one paragraph per block. mammoth's raw-text extraction
 * reads the WordprocessingML paragraphs in order (tables cell by cell) and ends each with a
 * blank line, which is the paragraph break the clause parser reads.
 */
import mammoth from 'mammoth';
import { ExtractionError } from './errors.js';

/** The paragraphs of a .docx as text, separated by blank lines. */
export async function docxText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  // mammoth takes an ArrayBuffer of exactly the file (a view may sit inside a larger buffer).
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // The browser build reads `arrayBuffer`, the Node build `buffer`; both hand it to JSZip,
    // which takes an ArrayBuffer, so one input serves every runtime without Node's Buffer.
    result = await mammoth.extractRawText({ arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer });
  } catch (err) {
    throw new ExtractionError(`not a readable .docx file (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const warnings = result.messages.filter((m) => m.type !== 'info').map((m) => `docx: ${m.message}`);
  return { text: result.value, warnings };
}
