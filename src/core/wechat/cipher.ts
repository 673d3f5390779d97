/**
 * WeChat's message encryption (Official Account safe mode and WeCom): AES-256-CBC, key from the
 * 43-character EncodingAESKey, IV = first 16 key bytes, PKCS#7 padding to a multiple of 32 bytes,
 * plaintext = 16 random bytes ‖ 4-byte big-endian length ‖ message ‖ appid (or corpid).
 *
 * Web Crypto's AES-CBC always applies 16-byte PKCS#7 padding, so:
 * - encrypt: pad to 32 ourselves, encrypt, and drop the extra final block Web Crypto appends;
 * - decrypt: append one forged block that decrypts to a full 16-byte padding block (its value is
 *   AES_enc(lastCipherBlock ⊕ 0x10…), obtained with one more CBC encryption), so Web Crypto accepts
 *   the input and returns our plaintext with WeChat's 32-byte padding intact, which we then check.
 */
import { concatBytes, fromBase64, fromUtf8, toBase64, utf8 } from './bytes.js';

const BLOCK = 16;
const WECHAT_PAD = 32;

/** Thrown for anything that fails to decrypt or does not belong to this app. */
export class WechatCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WechatCryptoError';
  }
}

export interface DecryptedMessage {
  message: string;
  /** The trailing id: appid (Official Account) or corpid (WeCom). */
  receiverId: string;
}

/** Encrypts and decrypts WeChat payloads for one EncodingAESKey and receiver id. */
export class WechatCipher {
  private constructor(
    private readonly key: CryptoKey,
    private readonly iv: Uint8Array,
    private readonly receiverId: string,
  ) {}

  /** Builds a cipher from the 43-character EncodingAESKey and the expected appid/corpid. */
  static async create(encodingAesKey: string, receiverId: string): Promise<WechatCipher> {
    if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new WechatCryptoError('EncodingAESKey must be 43 base64 characters');
    const raw = fromBase64(`${encodingAesKey}=`);
    if (raw.length !== 32) throw new WechatCryptoError('EncodingAESKey must decode to 32 bytes');
    const key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
    return new WechatCipher(key, raw.slice(0, BLOCK), receiverId);
  }

  /** Encrypts `message` to base64; `random` (16 bytes) is fixed only by tests. */
  async encrypt(message: string, random?: Uint8Array): Promise<string> {
    const rnd = random ?? crypto.getRandomValues(new Uint8Array(BLOCK));
    if (rnd.length !== BLOCK) throw new WechatCryptoError('random prefix must be 16 bytes');
    const body = utf8(message);
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, body.length, false);
    const plain = concatBytes(rnd, len, body, utf8(this.receiverId));
    const pad = WECHAT_PAD - (plain.length % WECHAT_PAD);
    const padded = concatBytes(plain, new Uint8Array(pad).fill(pad));
    const out = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-CBC', iv: this.iv as BufferSource }, this.key, padded as BufferSource),
    );
    // Web Crypto appended one block of its own padding; WeChat's format has none.
    return toBase64(out.subarray(0, padded.length));
  }

  /** Decrypts a base64 payload; checks padding, length and the receiver id. */
  async decrypt(encrypted: string): Promise<DecryptedMessage> {
    let cipher: Uint8Array;
    try {
      cipher = fromBase64(encrypted);
    } catch {
      throw new WechatCryptoError('payload is not base64');
    }
    if (cipher.length === 0 || cipher.length % WECHAT_PAD !== 0) throw new WechatCryptoError('payload length is not a multiple of 32');
    const last = cipher.subarray(cipher.length - BLOCK);
    const fullPad = new Uint8Array(BLOCK).fill(BLOCK);
    const forged = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-CBC', iv: last as BufferSource }, this.key, fullPad as BufferSource),
    ).subarray(0, BLOCK);
    let plain: Uint8Array;
    try {
      plain = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-CBC', iv: this.iv as BufferSource },
          this.key,
          concatBytes(cipher, forged) as BufferSource,
        ),
      );
    } catch {
      throw new WechatCryptoError('payload does not decrypt');
    }
    const pad = plain[plain.length - 1] ?? 0;
    if (pad < 1 || pad > WECHAT_PAD || pad > plain.length) throw new WechatCryptoError('bad padding');
    for (let i = plain.length - pad; i < plain.length; i++) {
      if (plain[i] !== pad) throw new WechatCryptoError('bad padding');
    }
    const content = plain.subarray(0, plain.length - pad);
    if (content.length < BLOCK + 4) throw new WechatCryptoError('payload too short');
    const msgLen = new DataView(content.buffer, content.byteOffset + BLOCK, 4).getUint32(0, false);
    const msgEnd = BLOCK + 4 + msgLen;
    if (msgEnd > content.length) throw new WechatCryptoError('message length out of range');
    let message: string;
    let receiverId: string;
    try {
      message = fromUtf8(content.subarray(BLOCK + 4, msgEnd));
      receiverId = fromUtf8(content.subarray(msgEnd));
    } catch {
      throw new WechatCryptoError('payload is not UTF-8');
    }
    if (receiverId !== this.receiverId) throw new WechatCryptoError('payload is for another app');
    return { message, receiverId };
  }
}
