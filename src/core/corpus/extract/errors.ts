/** A file whose text cannot be read (not the format it claims, encrypted, scanned without text). */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}
