/**
 * The words for a relative a person speaks of or asks for (俺姐, 我老公, 帮俺爷问): one list, so
 * the readers that take a relative as one person or as the case agree on who counts.
 */
export const KIN = '(?:爷爷?|奶奶?|姥姥|姥爷|外公|外婆|爸爸?|妈妈?|父亲|母亲|老公|丈夫|媳妇|爱人|老婆|对象|哥哥?|姐姐?|弟弟?|妹妹?|儿子|闺女|女儿|孩子|侄儿|侄子|侄女|外甥|外孙|孙子|孙女|孙儿)';

/**
 * Whose business the case may be about (俺姐夫的厂子, 我老表的公司, 朋友家的合作社): the family and the
 * wider circle — in-laws, cousins, uncles, friends — who own a unit a person asks for.
 */
export const OWNER = `(?:${KIN}|姐夫|妹夫|嫂子|弟媳|表哥|表姐|表弟|表妹|老表|堂哥|堂弟|堂姐|堂妹|大哥|二哥|三哥|大姐|二姐|舅舅?|舅妈|妗子|叔叔?|婶婶?|大伯|大爷|姑姑?|姑父|姨|姨夫|小姨|侄子|侄女|外甥|外甥女|亲戚|朋友|老乡|同学|邻居|发小|连襟|小舅子|老丈人|岳父|公公|婆婆)`;
