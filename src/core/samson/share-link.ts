import { fail, ok, parseJson, type Result } from '../problems.js';
import type { Instrument } from './instrument.js';
import { parseResponse, RESPONSE_FORMAT, type Answer, type Response } from './response.js';

/*
 * A response carried in a link's fragment (`…#samson=<data>`), so a party can hand its answers
 * to the group without a server: browsers never send the fragment to the web server, and
 * nothing here sends anything anywhere.
 *
 * The JSON is compressed with the platform's own CompressionStream ("deflate-raw", the
 * Compression Streams standard; in every current browser and in Node ≥ 21.2) rather than a
 * library: no bytes are added to the bundle, and deflate shrinks a 58-statement response to
 * about a third. The price is that encoding and decoding are async. The bytes are written as
 * base64url (RFC 4648 §5), which needs no escaping in a URL.
 *
 * Only what the user chose is in the link: the ratings, and — each only when asked for — the
 * ideas for action, the value weights and the label. A link is refused above MAX_SHARE_LINK_CHARS
 * (so it survives chat apps and mail), and decoding stops reading at MAX_SHARE_JSON_BYTES, so
 * a crafted link cannot make the page inflate megabytes.
 */

/** The fragment key: `#samson=…`. */
export const SHARE_LINK_KEY = 'samson';
/** Longest data part a share link may have, in characters. */
export const MAX_SHARE_LINK_CHARS = 8000;
/** Most bytes a share link may inflate to. */
export const MAX_SHARE_JSON_BYTES = 256 * 1024;

/** What goes into a link besides the ratings; everything is left out unless set to true. */
export interface ShareChoice {
  /** The ideas for action under each statement (free text the group wrote). */
  ideas?: boolean;
  /** The value weights (how much each value matters): the 1–5 weights and SAMSON 1.1's shared points. */
  weights?: boolean;
  /** The response's label ("Høst 2026"). The party label is always in: it says whose answers these are. */
  label?: boolean;
}

/**
 * Exactly what a link made with `choice` carries: the format, the instrument, the party, the
 * dates (so the same response imported twice is recognised), the ratings, and what was chosen.
 */
export function shareableResponse(response: Response, choice: ShareChoice = {}): Response {
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(response.answers)) {
    const kept: Answer = {};
    if (answer.rating !== undefined) kept.rating = answer.rating;
    if (choice.ideas && answer.idea) kept.idea = answer.idea;
    if (kept.rating !== undefined || kept.idea !== undefined) answers[id] = kept;
  }
  const out: Response = {
    format: RESPONSE_FORMAT,
    instrument: { id: response.instrument.id, version: response.instrument.version },
    label: choice.label ? response.label : '',
    createdAt: response.createdAt,
    updatedAt: response.updatedAt,
    weights: choice.weights ? { ...response.weights } : {},
    answers,
  };
  if (choice.weights && response.points) out.points = { ...response.points };
  if (response.party?.trim()) out.party = response.party.trim();
  if (response.completedAt) out.completedAt = response.completedAt;
  return out;
}

/**
 * A link to `base` (the page's address; its own fragment is replaced) carrying the chosen
 * parts of the response, or a `too-big` problem when it would be longer than
 * MAX_SHARE_LINK_CHARS (then leave out the ideas, or export a file).
 */
export async function createShareLink(response: Response, base: string, choice: ShareChoice = {}): Promise<Result<string>> {
  let data: string;
  try {
    data = toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(shareableResponse(response, choice)))));
  } catch {
    // A browser without CompressionStream (before 2023): no link, and the file export still works.
    return fail({ code: 'invalid', path: [`#${SHARE_LINK_KEY}`] });
  }
  if (data.length > MAX_SHARE_LINK_CHARS) {
    return fail({ code: 'too-big', path: [`#${SHARE_LINK_KEY}`], maximum: MAX_SHARE_LINK_CHARS, of: 'text' });
  }
  const hash = base.indexOf('#');
  return ok(`${hash < 0 ? base : base.slice(0, hash)}#${SHARE_LINK_KEY}=${data}`);
}

/** Whether a URL or fragment (`location.hash`) carries a shared response. */
export function hasShareLink(urlOrHash: string): boolean {
  return shareData(urlOrHash) !== undefined;
}

/**
 * The response a link carries, validated like any imported file (`parseResponse`, with the
 * instrument when given). Undefined when the link carries none; never throws.
 */
export async function readShareLink(urlOrHash: string, instrument?: Instrument): Promise<Result<Response> | undefined> {
  const data = shareData(urlOrHash);
  if (data === undefined) return undefined;
  const path = [`#${SHARE_LINK_KEY}`];
  if (data.length > MAX_SHARE_LINK_CHARS) return fail({ code: 'too-big', path, maximum: MAX_SHARE_LINK_CHARS, of: 'text' });
  const bytes = fromBase64Url(data);
  if (!bytes) return fail({ code: 'bad-format', path, format: 'base64url' });
  const json = await inflate(bytes, MAX_SHARE_JSON_BYTES);
  if (json === 'too-big') return fail({ code: 'too-big', path, maximum: MAX_SHARE_JSON_BYTES, of: 'text' });
  if (json === undefined) return fail({ code: 'bad-format', path, format: 'deflate-raw' });
  const parsed = parseJson(new TextDecoder().decode(json));
  return parsed.ok ? parseResponse(parsed.value, instrument) : parsed;
}

/** The link without its share fragment (to put back in the address bar once it has been read). */
export function withoutShareLink(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 && shareData(url) !== undefined ? url.slice(0, hash) : url;
}

function shareData(urlOrHash: string): string | undefined {
  const hash = urlOrHash.indexOf('#');
  const fragment = hash >= 0 ? urlOrHash.slice(hash + 1) : urlOrHash;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${SHARE_LINK_KEY}=`)) return part.slice(SHARE_LINK_KEY.length + 1);
  }
  return undefined;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new globalThis.Response(stream).arrayBuffer());
}

/** Inflates, giving up once more than `limit` bytes came out; undefined for data that is not deflate. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-big' | undefined> {
  try {
    const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-big';
      }
      chunks.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  } catch {
    return undefined;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
