// Message and media ids in each provider's own spelling, so n8n sees the ids it would see in
// production (the trigger derives the chat from WAHA's serialized ids, for one).

import { randomBytes } from 'node:crypto';
import type { Provider } from './types';

const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

/** Baileys-style key id: `3EB0` and 18 hex digits (WAHA's last id part, Evolution's key.id). */
export const baileysId = () => `3EB0${hex(9)}`;

/** WAHA's serialized id: `<fromMe>_<chatId>_<id>`. */
export const wahaMessageId = (fromMe: boolean, chatId: string) => `${fromMe}_${chatId}_${baileysId()}`;

/** Cloud API wamid: base64 of the number and a random stanza id, as Meta's look. */
export function wamid(phone: string): string {
	return `wamid.${Buffer.from(`\u0018\u000b${phone}\u0015\u0002\u0000\u0012\u0018\u0014${hex(10)}\u0000`).toString('base64')}`;
}

/** A new message id for `provider`, authored by the patient (`fromMe` false) or the business. */
export function messageIdFor(provider: Provider, phone: string, fromMe: boolean): string {
	if (provider === 'waha') return wahaMessageId(fromMe, `${phone}@c.us`);
	if (provider === 'cloud') return wamid(phone);
	return baileysId();
}

/** Graph media ids are 15 to 16 digit numbers. */
export const graphMediaId = () => String(10 ** 15 + Math.floor(Math.random() * 9 * 10 ** 15));

/** Opaque id of a stored file. */
export const fileId = () => randomBytes(12).toString('hex');

/** WAHA event ids: `evt_` and a ULID-like tail. */
export const wahaEventId = () => `evt_${randomBytes(13).toString('hex').slice(0, 26)}`;
