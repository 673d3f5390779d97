import { describe, expect, it } from 'vitest';
import { dedupKey, InboundMessageError, parseInboundMessage } from '../../../src/core/wechat/message.js';

const wrap = (inner: string) =>
  `<xml><ToUserName><![CDATA[gh_zzpolicy]]></ToUserName><FromUserName><![CDATA[oUser123]]></FromUserName><CreateTime>1700000000</CreateTime>${inner}</xml>`;

describe('parseInboundMessage', () => {
  it('keeps a 64-bit MsgId exactly (as a string)', () => {
    const m = parseInboundMessage(wrap('<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[培训补贴]]></Content><MsgId>4561255354251345929</MsgId>'));
    expect(m).toMatchObject({ kind: 'text', content: '培训补贴', msgId: '4561255354251345929', fromUser: 'oUser123' });
  });

  it('reads subscribe, CLICK, voice with and without Recognition, image and location', () => {
    expect(parseInboundMessage(wrap('<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>'))).toMatchObject({
      kind: 'event',
      event: 'subscribe',
    });
    expect(
      parseInboundMessage(wrap('<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[SUBSIDY]]></EventKey>')),
    ).toMatchObject({ kind: 'event', event: 'CLICK', eventKey: 'SUBSIDY' });
    expect(
      parseInboundMessage(
        wrap('<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[培训补贴怎么领]]></Recognition><MsgId>1</MsgId>'),
      ),
    ).toMatchObject({ kind: 'voice', recognition: '培训补贴怎么领' });
    expect(parseInboundMessage(wrap('<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId><MsgId>2</MsgId>'))).toEqual(
      expect.not.objectContaining({ recognition: expect.anything() }),
    );
    expect(parseInboundMessage(wrap('<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.jpg]]></PicUrl><MsgId>3</MsgId>')).kind).toBe('image');
    expect(
      parseInboundMessage(wrap('<MsgType><![CDATA[location]]></MsgType><Location_X>34.75</Location_X><Location_Y>113.62</Location_Y><Scale>20</Scale><Label><![CDATA[郑州]]></Label><MsgId>4</MsgId>')).kind,
    ).toBe('location');
    expect(parseInboundMessage(wrap('<MsgType><![CDATA[miniprogrampage]]></MsgType><MsgId>5</MsgId>')).kind).toBe('other');
  });

  it('refuses a message without sender or type, or with a non-numeric MsgId', () => {
    expect(() => parseInboundMessage('<xml><MsgType>text</MsgType></xml>')).toThrow(InboundMessageError);
    expect(() => parseInboundMessage('<xml><FromUserName>o</FromUserName></xml>')).toThrow(InboundMessageError);
    expect(() => parseInboundMessage(wrap('<MsgType>text</MsgType><MsgId>12a</MsgId>'))).toThrow(InboundMessageError);
  });
});

describe('dedupKey', () => {
  it('uses MsgId for messages and sender+time+event for events, per channel', () => {
    const text = parseInboundMessage(wrap('<MsgType>text</MsgType><Content>a</Content><MsgId>42</MsgId>'));
    expect(dedupKey('mp', text)).toBe('mp:m:42');
    expect(dedupKey('work', text)).not.toBe(dedupKey('mp', text));
    const sub = parseInboundMessage(wrap('<MsgType>event</MsgType><Event>subscribe</Event>'));
    const click = parseInboundMessage(wrap('<MsgType>event</MsgType><Event>CLICK</Event><EventKey>A</EventKey>'));
    expect(dedupKey('mp', sub)).toBe('mp:e:oUser123:1700000000:subscribe:');
    expect(dedupKey('mp', click)).not.toBe(dedupKey('mp', sub));
  });
});
