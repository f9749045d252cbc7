/** The help of `--follow-links`, one wording for every command that finds plans in folders and patterns. */
export const FOLLOW_LINKS_HELP =
  'tìm cả trong thư mục là liên kết (symlink); mặc định không đi vào đó (một liên kết tới / sẽ phải đọc cả ổ đĩa), còn liên kết tới tệp thì vẫn được dùng';
