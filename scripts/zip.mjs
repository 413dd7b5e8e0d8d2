// The plugin zip, written with JSZip: deflate, UTF-8 names, Unix file modes (rw-r--r--), and one
// fixed date on every entry, so the same input gives the same zip.
import JSZip from 'jszip';

const DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * @param {{name: string, data: Buffer}[]} files paths use `/`; folders are implied
 * @returns {Promise<Buffer>}
 */
export async function zipFiles(files) {
  const zip = new JSZip();
  for (const {name, data} of files) zip.file(name, data, {date: DATE, unixPermissions: 0o100644, createFolders: false});
  return zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 9}, platform: 'UNIX'});
}
