/**
 * The words for a relative a person speaks of or asks for (俺姐, 我老公, 帮俺爷问): one list, so
 * the readers that take a relative as one person or as the case agree on who counts.
 */
export const KIN = '(?:爷爷?|奶奶?|姥姥|姥爷|外公|外婆|爸爸?|妈妈?|父亲|母亲|老公|丈夫|媳妇|爱人|老婆|对象|哥哥?|姐姐?|弟弟?|妹妹?|儿子|闺女|女儿|孩子)';
