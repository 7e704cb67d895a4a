export { MESSAGES, isMessageCode } from './catalog';
export type { MessageCode, MessageParams, MessageText, MessageTexts } from './catalog';
export { pickLocale, DEFAULT_LOCALE } from './locale';
export type { Locale } from './locale';
export { pluralUk, pluralEn } from './plural';
export { messageText, issue, failWith, issueFrom, issueText } from './render';
export { fieldCaption, CAPTION_SEPARATOR } from './field-caption';
export type { CaptionContext, ComponentOf } from './field-caption';
export { formatIssue, formatIssuesIn } from './format';
