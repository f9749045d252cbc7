import type { BlockKind } from '../base/block-kinds.js';

/**
 * The ids of the named paragraph styles (format-spec §6): one per kind of paragraph, so a clerk
 * who adds a paragraph in Word gets the right format by choosing its style.
 */
export const STYLE = {
  body: 'KhBody',
  heading: 'KhSectionHeading',
  item: 'KhItem',
  title: 'KhUnitTitle',
  group: 'KhGroupHeading',
  letter: 'KhLetter',
  dash: 'KhDash',
  plus: 'KhPlus',
  part: 'KhPart',
  sub: 'KhSubItem',
  paren: 'KhParenItem',
  headerParent: 'KhHeaderParent',
  headerIssuer: 'KhHeaderIssuer',
  headerStar: 'KhHeaderStar',
  headerNumber: 'KhHeaderNumber',
  headerNation: 'KhHeaderNation',
  headerDate: 'KhHeaderDate',
  rule: 'KhRule',
  draftMark: 'KhDraftMark',
  type: 'KhDocumentType',
  subject: 'KhSubject',
  mark: 'KhSubjectMark',
  closingSpace: 'KhClosingSpace',
  recipientsHeading: 'KhRecipientsHeading',
  recipient: 'KhRecipient',
  authority: 'KhSignatureAuthority',
  position: 'KhSignaturePosition',
  signer: 'KhSignatureName',
  tableText: 'KhTableText',
  tableCentred: 'KhTableCentred',
  tableHeader: 'KhTableHeader',
  spaceBeforeTable: 'KhSpaceBeforeTable',
  spaceAfterTable: 'KhSpaceAfterTable',
  appendixLabel: 'KhAppendixHeading',
  appendixTitle: 'KhAppendixTitle',
  appendixNote: 'KhAppendixNote',
  pageNumber: 'KhPageNumber',
  sectionEnd: 'KhSectionEnd',
} as const;

/** Each body paragraph kind's style; `para` is plain body text. */
export const blockStyle = (kind: BlockKind): string => (kind === 'para' ? STYLE.body : STYLE[kind]);

/** The style of the n-th line of the national heading (State has two, of different sizes). */
export const nationStyle = (index: number): string => `${STYLE.headerNation}${index + 1}`;
