import { loadProfile, profilePath } from '../validate/profile/load-profile.js';
import type { Profile } from '../validate/profile/profile-schema.js';
import type { DocBlock } from './docx-model.js';
import { readHeader } from './header-block.js';
import { importProblem } from './import-problem.js';
import { ImportNotes, type ImportNote } from './import-notes.js';
import { naturalCasing } from './issuer-casing.js';
import { nameLines } from './name-lines.js';
import { locateClosing } from './locate-closing.js';
import { readOpening } from './opening-fields.js';
import { openingWithTables } from './opening-tables.js';
import { planRecipients } from './plan-recipients.js';
import { plainRunText } from './marked-text.js';
import { noteAppendixRewords } from './appendix-rewords.js';
import { planAppendices } from './plan-appendices.js';
import { planSections } from './plan-body.js';
import { noteLabelStyles } from './label-style.js';
import type { AppendixNoteRead } from './body-read.js';
import { readBody } from './read-body.js';
import { checkHasText, noteFootnotesAndComments } from './source-notes.js';
import { findTitle, readTitle } from './title-block.js';

/** The office's own profile the document was made with (`kehoach import --profile`). */
export interface ImportProfile {
  /** As the plan's `profile:` writes it: a built-in name, or the file's path from the plan's folder. */
  readonly ref: string;
  readonly profile: Profile;
}

export interface ImportedPlan {
  /** The plan as its YAML file writes it, keys in the README's order. */
  readonly plan: Record<string, unknown>;
  readonly notes: readonly ImportNote[];
  /** The profile it was read with, and the appendices' "(Kèm theo ...)" lines, in order. */
  readonly profile: Profile;
  readonly appendixNotes: readonly AppendixNoteRead[];
}

const PROFILES = ['dang', 'nha-nuoc'] as const;

const loadBuiltInProfiles = async (): Promise<Record<(typeof PROFILES)[number], Profile>> => {
  const [dang, state] = await Promise.all(
    PROFILES.map(async (name) => (await loadProfile(profilePath(name, '.'))).profile),
  );
  return { dang: dang as Profile, 'nha-nuoc': state as Profile };
};

/** Read and checked once per process: `import --out-dir` imports many files with the same two profiles. */
let builtIn: ReturnType<typeof loadBuiltInProfiles> | undefined;
const builtInProfiles = () => (builtIn ??= loadBuiltInProfiles());

const UNSURE = '(chưa nhận ra)';

/**
 * A Word plan read back into a plan (issue 11): header, title, opening, numbered sections,
 * task table, recipients and signature. Where it is unsure it still gives a valid plan and a note.
 */
export const importBlocks = async (
  file: string,
  blocks: readonly DocBlock[],
  given?: ImportProfile,
): Promise<ImportedPlan> => {
  checkHasText(file, blocks);
  const profiles = await builtInProfiles();
  const types = [
    ...new Set(
      [...Object.values(profiles), ...(given ? [given.profile] : [])].flatMap((p) => Object.keys(p.typeCodes)),
    ),
  ];
  const titleAt = findTitle(blocks, types);
  if (titleAt === undefined) {
    throw importProblem(
      file,
      'IMPORT_NOT_A_PLAN',
      `Không thấy tên loại văn bản (một đoạn chỉ có chữ như "KẾ HOẠCH") sau phần đầu văn bản. Lệnh import chỉ đọc văn bản kế hoạch theo thể thức Đảng hoặc Nhà nước; hãy kiểm tra đúng tệp chưa.`,
    );
  }
  const header = readHeader(file, blocks.slice(0, titleAt.index));
  const profile = given?.profile ?? profiles[header.profile];
  const notes = new ImportNotes();
  noteFootnotesAndComments(blocks, notes);
  const title = readTitle(blocks, titleAt);
  const closingAt = locateClosing(blocks, title.next);
  const body = readBody(
    blocks.slice(title.next, closingAt?.start ?? blocks.length),
    closingAt === undefined ? [] : blocks.slice(closingAt.end + 1),
    notes,
    profile.appendix.note.pattern,
  );
  // A table before the first heading stands among the opening's paragraphs (plan-model §1).
  const withTables = openingWithTables(body.opening);
  const openingEntries = withTables === undefined ? body.opening : [];
  // Several opening paragraphs ("Căn cứ ...;", then "... như sau:") stay paragraphs (plan-model §1).
  const openingParagraphs = openingEntries.every((e) => e.kind === 'para') && openingEntries.length > 1;
  const openingText = openingEntries.map((e) => e.text).join(' ');
  if (openingEntries.length > 1 && !openingParagraphs)
    notes.add(['opening'], `${openingEntries.length} đoạn mở đầu được gộp thành một`, openingEntries[1]?.at);
  const opening = openingText === '' || openingParagraphs ? undefined : readOpening(openingText);
  const sections = planSections(body, opening?.guidance !== undefined, notes);
  noteLabelStyles(body.sections, profile, given?.ref ?? header.profile, notes);

  const issuerName = naturalCasing(header.issuer, blocks);
  const issuerLines = nameLines(header.issuerLines, profile.header.issuer.breakAfter, blocks);
  if (
    opening?.issuerName !== undefined &&
    opening.issuerName.toLocaleUpperCase('vi-VN') !== issuerName.toLocaleUpperCase('vi-VN')
  ) {
    notes.add(['opening'], 'tên cơ quan trong câu mở đầu khác tên ở phần đầu văn bản', body.opening[0]?.at);
  }
  for (const piece of header.unread) {
    notes.add(
      [],
      `dòng "${piece.text}" ở phần đầu văn bản không phải cơ quan, số, ngày: bỏ qua, hãy chép tay nếu cần`,
      piece.paragraph,
    );
  }
  const typeCode = profile.typeCodes[title.type];
  if (typeCode !== header.typeCode) {
    notes.add(
      ['number'],
      `ký hiệu loại văn bản trong số là "${header.typeCode}", thể thức ghi "${typeCode ?? ''}" cho ${title.type}`,
      header.at,
    );
  }
  if (title.subject.length === 0) notes.add(['subject'], 'không thấy trích yếu dưới tên loại văn bản', header.at);
  for (const p of title.unbold)
    notes.add(['subject'], `dòng "${plainRunText(p.runs)}" không in đậm: khi dựng lại sẽ in đậm như trích yếu`, p);

  const plan: Record<string, unknown> = {
    profile: given?.ref ?? header.profile,
    template: sections.template,
    issuer: {
      ...(header.parentLines !== undefined
        ? { parent: nameLines(header.parentLines, profile.header.parent.breakAfter, blocks) }
        : {}),
      name: issuerLines,
      code: header.code,
    },
    // Left blank in the document (an e-office copy): blank in the plan too (plan-model §6).
    number: header.number ?? '',
    place: header.place,
    date: header.date,
    ...(title.type !== 'Kế hoạch' ? { type: title.type } : {}),
    subject: title.subject.length === 1 ? title.subject[0] : title.subject.length === 0 ? UNSURE : [...title.subject],
  };
  if (withTables !== undefined) plan.opening = withTables;
  else if (openingParagraphs) plan.opening = openingEntries.map((e) => e.text);
  else if (opening !== undefined) {
    const { issuerName: _, ...fields } = opening;
    plan.opening =
      sections.template === 'ke-hoach-tuyen-truyen' || fields.text !== undefined ? fields : { text: openingText };
  }
  for (const field of ['purposes', 'content', 'forms'] as const)
    if (sections.fields[field]) plan[field] = sections.fields[field];
  if (sections.taskTable) plan.taskTable = sections.taskTable;
  for (const field of ['timeline', 'funding', 'tasks'] as const)
    if (sections.fields[field]) plan[field] = sections.fields[field];
  if (sections.sections !== undefined) plan.sections = sections.sections;
  if (sections.headings !== undefined) plan.headings = sections.headings;
  if (body.appendices.length > 0) plan.appendices = planAppendices(body.appendices);
  noteAppendixRewords(body.appendices, profile, notes);

  if (closingAt === undefined) {
    notes.add(['recipients'], 'không thấy "Nơi nhận:" và chữ ký: hãy điền nơi nhận và chữ ký', undefined);
    plan.recipients = [UNSURE];
    plan.signature = { position: UNSURE, name: UNSURE };
  } else {
    const closing = closingAt.fields;
    const { recipients, archive } = planRecipients(closing.recipients, profile, notes);
    plan.recipients = recipients.length > 0 ? recipients : [UNSURE];
    if (recipients.length === 0)
      notes.add(['recipients'], 'không thấy nơi nhận nào dưới "Nơi nhận:"', closing.signatureAt);
    if (archive !== undefined) plan.archive = archive;
    plan.signature = {
      ...closing.signature,
      ...(closing.signature.position === '' ? { position: UNSURE } : {}),
      ...(closing.signature.name === '' ? { name: UNSURE } : {}),
    };
    if (closing.signature.name === '') notes.add(['signature'], 'không thấy tên người ký', closing.signatureAt);
    if (closing.signature.position === '')
      notes.add(['signature', 'position'], 'không thấy chức vụ người ký', closing.signatureAt);
  }
  const appendixNotes = [body.table?.note, ...body.appendices.map((a) => a.note)].filter(
    (n): n is AppendixNoteRead => n !== undefined,
  );
  return { plan, notes: notes.list, profile, appendixNotes };
};
