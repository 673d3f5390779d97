import { describe, expect, it } from 'vitest';
import { WechatCipher, WechatCryptoError } from '../../../src/core/wechat/cipher.js';
import { utf8 } from '../../../src/core/wechat/bytes.js';
import { signParts, verifyMsgSignature, verifyPlainSignature } from '../../../src/core/wechat/signature.js';

// The test vectors WeChat publishes with its message-encryption sample code.
const VECTOR_A = {
  key: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appid: 'wxb11529c136998cb6',
  random: 'aaaabbbbccccdddd',
  plain: '我是中文abcd123',
  encrypted: 'jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==',
};
const VECTOR_B = {
  token: 'QDG6eK',
  key: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpid: 'wx5823bf96d3bd56c7',
  get: {
    timestamp: '1409659589',
    nonce: '263014780',
    echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
    msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  },
  post: {
    timestamp: '1409659813',
    nonce: '1372623149',
    msg_signature: '477715d11cdb4164915debcba66cb864d751f3e6',
    encrypt:
      'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
  },
};

describe('signatures', () => {
  it('matches the published plain-mode vector', async () => {
    expect(await signParts(['test', '1410685589', 'test'])).toBe('f21891de399b4e33a1a93c9a7b8a8fffb5a443ff');
    expect(
      await verifyPlainSignature('test', {
        signature: 'f21891de399b4e33a1a93c9a7b8a8fffb5a443ff',
        timestamp: '1410685589',
        nonce: 'test',
      }),
    ).toBe(true);
  });

  it('rejects a wrong, missing or differently-timed signature', async () => {
    const q = { signature: 'f21891de399b4e33a1a93c9a7b8a8fffb5a443ff', timestamp: '1410685589', nonce: 'test' };
    expect(await verifyPlainSignature('other', q)).toBe(false);
    expect(await verifyPlainSignature('test', { ...q, timestamp: '1410685590' })).toBe(false);
    expect(await verifyPlainSignature('test', { ...q, signature: undefined })).toBe(false);
  });

  it('matches the WeCom msg_signature vectors (GET and POST)', async () => {
    expect(await verifyMsgSignature(VECTOR_B.token, VECTOR_B.get, VECTOR_B.get.echostr)).toBe(true);
    expect(await verifyMsgSignature(VECTOR_B.token, VECTOR_B.post, VECTOR_B.post.encrypt)).toBe(true);
    expect(await verifyMsgSignature(VECTOR_B.token, VECTOR_B.post, VECTOR_B.get.echostr)).toBe(false);
  });
});

describe('WechatCipher', () => {
  it('encrypts vector A to the published ciphertext with the fixed random prefix', async () => {
    const cipher = await WechatCipher.create(VECTOR_A.key, VECTOR_A.appid);
    expect(await cipher.encrypt(VECTOR_A.plain, utf8(VECTOR_A.random))).toBe(VECTOR_A.encrypted);
    expect(await cipher.decrypt(VECTOR_A.encrypted)).toEqual({ message: VECTOR_A.plain, receiverId: VECTOR_A.appid });
  });

  it('decrypts the WeCom echostr and message of vector B', async () => {
    const cipher = await WechatCipher.create(VECTOR_B.key, VECTOR_B.corpid);
    expect((await cipher.decrypt(VECTOR_B.get.echostr)).message).toBe('1616140317555161061');
    const { message } = await cipher.decrypt(VECTOR_B.post.encrypt);
    expect(message).toContain('<Content><![CDATA[hello]]></Content>');
    expect(message).toContain('<MsgId>4561255354251345929</MsgId>');
  });

  it('round-trips messages of every padding length (including a full 32-byte pad)', async () => {
    const cipher = await WechatCipher.create(VECTOR_A.key, VECTOR_A.appid);
    for (let n = 0; n < 70; n++) {
      const msg = '政'.repeat(n % 7) + 'x'.repeat(n);
      expect((await cipher.decrypt(await cipher.encrypt(msg))).message).toBe(msg);
    }
  });

  it('refuses a payload for another app, a tampered payload and garbage', async () => {
    const other = await WechatCipher.create(VECTOR_A.key, 'wx_other_app');
    await expect(other.decrypt(VECTOR_A.encrypted)).rejects.toBeInstanceOf(WechatCryptoError);
    const cipher = await WechatCipher.create(VECTOR_A.key, VECTOR_A.appid);
    const tampered = `A${VECTOR_A.encrypted.slice(1)}`;
    await expect(cipher.decrypt(tampered)).rejects.toBeInstanceOf(WechatCryptoError);
    await expect(cipher.decrypt('not*base64')).rejects.toBeInstanceOf(WechatCryptoError);
    await expect(cipher.decrypt('AAAA')).rejects.toBeInstanceOf(WechatCryptoError);
  });
});
