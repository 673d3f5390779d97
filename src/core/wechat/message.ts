/**
 * Inbound WeChat messages (Official Account and WeCom share the format): the XML fields read
 * into a small tagged union, and the key that recognises WeChat's retries of the same message.
 */
import { readXml, xmlFields, type XmlReadOptions } from './xml.js';

interface Common {
  /** The account (`gh_…`) or the corp id. */
  toUser: string;
  /** The sender's openid (Official Account) or userid (WeCom). Never stored as such. */
  fromUser: string;
  /** Seconds since the epoch, as WeChat sent it. */
  createTime: string;
  /** 64-bit id of a user message, kept as a string (it does not fit a double). */
  msgId?: string;
  /** WeCom app id. */
  agentId?: string;
}

export type InboundMessage = Common &
  (
    | { kind: 'text'; content: string }
    /** `recognition` present when the account has speech recognition on. */
    | { kind: 'voice'; recognition?: string }
    | { kind: 'event'; event: string; eventKey?: string }
    | { kind: 'image' | 'location' | 'video' | 'shortvideo' | 'link' | 'file' | 'other'; msgType: string }
  );

/** Thrown when the XML parses but lacks what every message carries. */
export class InboundMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InboundMessageError';
  }
}

const OTHER_KINDS = new Set(['image', 'location', 'video', 'shortvideo', 'link', 'file']);

/** Reads a message from its (decrypted) XML; throws XmlError or InboundMessageError. */
export function parseInboundMessage(xml: string, options?: XmlReadOptions): InboundMessage {
  const f = xmlFields(readXml(xml, options));
  const fromUser = f.FromUserName?.trim();
  const toUser = f.ToUserName?.trim() ?? '';
  const msgType = f.MsgType?.trim().toLowerCase();
  const createTime = f.CreateTime?.trim() ?? '';
  if (!fromUser) throw new InboundMessageError('FromUserName missing');
  if (!msgType) throw new InboundMessageError('MsgType missing');
  if (createTime !== '' && !/^\d{1,12}$/.test(createTime)) throw new InboundMessageError('CreateTime is not a number');
  const msgId = f.MsgId?.trim();
  if (msgId !== undefined && msgId !== '' && !/^\d{1,20}$/.test(msgId)) throw new InboundMessageError('MsgId is not a number');
  const common: Common = {
    toUser,
    fromUser,
    createTime,
    ...(msgId ? { msgId } : {}),
    ...(f.AgentID?.trim() ? { agentId: f.AgentID.trim() } : {}),
  };
  switch (msgType) {
    case 'text':
      return { ...common, kind: 'text', content: f.Content ?? '' };
    case 'voice': {
      const recognition = f.Recognition?.trim();
      return { ...common, kind: 'voice', ...(recognition ? { recognition } : {}) };
    }
    case 'event': {
      const eventKey = f.EventKey?.trim();
      return { ...common, kind: 'event', event: (f.Event ?? '').trim(), ...(eventKey ? { eventKey } : {}) };
    }
    default:
      return {
        ...common,
        kind: OTHER_KINDS.has(msgType) ? (msgType as 'image') : 'other',
        msgType,
      };
  }
}

/**
 * The identity of a message across WeChat's retries: its MsgId, or for events (which have none)
 * sender + CreateTime + event. `channel` keeps the Official Account and WeCom apart.
 */
export function dedupKey(channel: string, msg: InboundMessage): string {
  if (msg.msgId) return `${channel}:m:${msg.msgId}`;
  const event = msg.kind === 'event' ? `${msg.event}:${msg.eventKey ?? ''}` : msg.kind;
  return `${channel}:e:${msg.fromUser}:${msg.createTime}:${event}`;
}
