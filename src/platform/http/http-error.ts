/** An error with the status the person should see; the message is for logs only, never shown. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: 400 | 403 | 404 | 413 | 429,
    message?: string,
  ) {
    super(message ?? `HTTP ${statusCode}`);
  }
}
