import {
  decodeBase64Buffer,
  decodeBase64Text,
  decodeUtf8,
  parseJson,
} from './decoding';
import type { EventWrapper } from './event-wrapper';
import { UNSET } from './kit';

/**
 * A base64 field of a wrapper (a Kinesis or Firehose record's `data`, an Amazon MQ message's
 * `data`) decoded on demand: as bytes, as UTF-8 text and as JSON, each at most once. A wrapper
 * creates one the first time a decoded getter is read and keeps it, so the three getters share
 * the work: reading `text` after `bytes` decodes no base64 again.
 *
 * Part of the authoring kit.
 *
 * @example
 * ```ts
 * import { Base64Data, EventWrapper, requireString } from '@evt/core';
 *
 * class Message extends EventWrapper<{ data: string }> {
 *   static override readonly typeName: string = 'Message';
 *   #data?: Base64Data<{ id: string }>;
 *
 *   get #decoded(): Base64Data<{ id: string }> {
 *     return (this.#data ??= new Base64Data(
 *       this,
 *       requireString(this, this.raw.data, 'data'),
 *       'data'
 *     ));
 *   }
 *
 *   get jsonData(): { id: string } {
 *     return this.#decoded.json;
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export class Base64Data<TData = unknown> {
  readonly #owner: EventWrapper;
  readonly #encoded: string;
  readonly #path: string;
  #bytes?: Uint8Array;
  #text?: string;
  #json: TData | typeof UNSET = UNSET;

  /**
   * Keeps the encoded text; nothing is decoded until a member is read.
   *
   * @param owner The wrapper the field belongs to: its options, class and path.
   * @param encoded The base64 text as the event holds it.
   * @param path The field's path inside the owner's raw value, e.g. `data`.
   */
  constructor(owner: EventWrapper, encoded: string, path: string) {
    this.#owner = owner;
    this.#encoded = encoded;
    this.#path = path;
  }

  /**
   * The decoded bytes.
   *
   * @throws {@link DecodeError} when the text is not valid base64.
   */
  get bytes(): Uint8Array {
    return (this.#bytes ??= decodeBase64Buffer(this.#encoded, {
      owner: this.#owner,
      path: this.#path,
    }));
  }

  /**
   * The decoded bytes read as UTF-8 text.
   *
   * @throws {@link DecodeError} when the text is not valid base64 or the bytes are not UTF-8.
   */
  get text(): string {
    if (this.#text === undefined) {
      const options = { owner: this.#owner, path: this.#path };
      this.#text =
        this.#bytes === undefined
          ? decodeBase64Text(this.#encoded, options)
          : decodeUtf8(this.#bytes, options);
    }
    return this.#text;
  }

  /**
   * The decoded text parsed as JSON, with the owner's `jsonDeserializer` when one is set.
   *
   * @throws {@link DecodeError} when the text is not base64, UTF-8 or JSON.
   */
  get json(): TData {
    if (this.#json === UNSET) {
      this.#json = parseJson<TData>(this.text, {
        owner: this.#owner,
        path: this.#path,
      });
    }
    return this.#json;
  }
}
