export { drawAction, type PageNoticeAction, type PageNoticeButton, type PageNoticeLink } from './action';
export { mountIsolated } from './isolated';
export {
  type PageNotice,
  type PageNoticeContent,
  type PageNoticeOptions,
  showPageNotice,
} from './notice';
export { type NoticeTheme, pageTheme } from './theme';
export { onTrusted } from './trusted';
