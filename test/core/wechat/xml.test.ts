import { describe, expect, it } from 'vitest';
import { readXml, writeXml, xmlFields, XmlError } from '../../../src/core/wechat/xml.js';

describe('readXml', () => {
  it('reads the platform sample text message with CDATA and bare numbers', () => {
    const f = xmlFields(
      readXml(
        '<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[this is a test]]></Content><MsgId>1234567890123456</MsgId></xml>',
      ),
    );
    expect(f).toEqual({
      ToUserName: 'toUser',
      FromUserName: 'fromUser',
      CreateTime: '1348831860',
      MsgType: 'text',
      Content: 'this is a test',
      MsgId: '1234567890123456',
    });
  });

  it('decodes predefined entities and character references, keeps CDATA verbatim', () => {
    const f = xmlFields(readXml('<?xml version="1.0"?>\n<xml>\n  <A>a &lt;b&gt; &amp; &#20013;&#x6587;</A>\n  <B><![CDATA[&lt;raw&gt;]]></B>\n</xml>\n'));
    expect(f.A).toBe('a <b> & 中文');
    expect(f.B).toBe('&lt;raw&gt;');
  });

  it('reads nested event fields without mixing them into the top level', () => {
    const root = readXml(
      '<xml><Event><![CDATA[location_select]]></Event><SendLocationInfo><Location_X><![CDATA[34.7]]></Location_X><Label><![CDATA[郑州]]></Label></SendLocationInfo></xml>',
    );
    const f = xmlFields(root);
    expect(f.Event).toBe('location_select');
    expect(f.SendLocationInfo).toBe('');
    expect(root.children[1]?.children.map((c) => c.text)).toEqual(['34.7', '郑州']);
  });

  it.each([
    ['a DOCTYPE with an entity (billion laughs)', '<!DOCTYPE xml [<!ENTITY a "aaaa">]><xml><A>&a;</A></xml>'],
    ['an external entity reference', '<xml><A>&xxe;</A></xml>'],
    ['an unclosed element', '<xml><A>text</xml>'],
    ['mismatched tags', '<xml><A>t</B></xml>'],
    ['text after the root', '<xml></xml><xml></xml>'],
    ['a bare ampersand', '<xml><A>a & b</A></xml>'],
    ['JSON', '{"MsgType":"text"}'],
    ['nothing', ''],
    ['an unterminated CDATA', '<xml><A><![CDATA[abc</A></xml>'],
  ])('refuses %s', (_label, input) => {
    expect(() => readXml(input)).toThrow(XmlError);
  });

  it('refuses input over the size limit and nesting over the depth limit', () => {
    expect(() => readXml(`<xml><A>${'x'.repeat(100)}</A></xml>`, { maxLength: 50 })).toThrow(/too large/);
    expect(() => readXml('<a><b><c><d><e>x</e></d></c></b></a>')).toThrow(/too deep/);
  });
});

describe('writeXml', () => {
  it('writes CDATA text and bare numbers that read back the same, even with ]]> inside', () => {
    const xml = writeXml({ ToUserName: 'o_user', CreateTime: 1700000000, Content: '答案]]><script>见〔郑政办〔2019〕63号〕' });
    expect(xml).toContain('<CreateTime>1700000000</CreateTime>');
    expect(xmlFields(readXml(xml))).toEqual({
      ToUserName: 'o_user',
      CreateTime: '1700000000',
      Content: '答案]]><script>见〔郑政办〔2019〕63号〕',
    });
  });
});
