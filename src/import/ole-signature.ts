/** The signature of an OLE compound file (MS-CFB §2.2): old .doc files and encrypted .docx files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isOle = (bytes: Uint8Array): boolean => OLE_MAGIC.every((b, i) => bytes[i] === b);

/** Directory entry names are UTF-16LE; an encrypted Office file has a stream named EncryptedPackage. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

export const isEncryptedOle = (bytes: Uint8Array): boolean =>
  isOle(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED);
