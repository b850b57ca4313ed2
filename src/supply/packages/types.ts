// What every package scanner reports: one installed package and where its record was found.

export type Ecosystem = 'npm' | 'pypi' | 'deb' | 'apk' | 'golang' | 'maven';

export interface FoundPackage {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** The licence the package declares (an SPDX id or expression, or free text), when it declares one. */
  licence?: string;
  purl: string;
  /** Absolute path in the image of the file the package was read from. */
  location: string;
}

/** A file a scanner is handed: its absolute path in the image and its content. */
export interface ScannedFile {
  path: string;
  content: Buffer;
}
