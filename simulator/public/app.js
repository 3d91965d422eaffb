// The simulator page: one column per chat, the patient's side of WhatsApp. The server holds all
// state and streams every change over Server-Sent Events; this script only renders it and turns
// clicks into /sim/api calls. Message text is only ever set with textContent, never as HTML.
'use strict';

(() => {
	const PROVIDER_LABELS = { waha: 'WAHA', cloud: 'Cloud API', evolution: 'Evolution API' };
	const TICKS = { sent: '✓', delivered: '✓✓', read: '✓✓', failed: '!' };
	const TICK_TITLES = {
		sent: 'sent',
		delivered: 'delivered: n8n accepted the webhook',
		read: 'read: n8n marked it as read',
		failed: 'not delivered: n8n refused the webhook or could not be reached',
	};

	/** chatId → { chat, messages: Map<id, message>, column, list, typing } */
	const chats = new Map();
	let pageState = { providers: {}, maxUploadBytes: 16 * 1024 * 1024 };

	const $ = (id) => document.getElementById(id);

	/** An element with a class and optional text (always textContent). */
	function el(tag, className, text) {
		const node = document.createElement(tag);
		if (className) node.className = className;
		if (text !== undefined && text !== null) node.textContent = String(text);
		return node;
	}

	// Line icons drawn here rather than emoji, which many systems render as empty boxes.
	const ICONS = {
		attach: ['M8.5 12.5l6.3-6.3a3 3 0 0 1 4.2 4.2l-8.1 8.1a5 5 0 0 1-7.1-7.1l7.7-7.7'],
		mic: ['M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z', 'M6 11a6 6 0 0 0 12 0', 'M12 17v4'],
		clock: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M12 7v5l3 2'],
		file: ['M6 3h8l4 4v14H6z', 'M14 3v4h4'],
		pin: ['M12 21s-6-5.6-6-11a6 6 0 0 1 12 0c0 5.4-6 11-6 11z', 'M12 8a2 2 0 1 1 0 4a2 2 0 1 1 0-4z'],
		list: ['M5 7h14', 'M5 12h14', 'M5 17h14'],
	};
	const SVG = 'http://www.w3.org/2000/svg';

	function icon(name) {
		const svg = document.createElementNS(SVG, 'svg');
		svg.setAttribute('viewBox', '0 0 24 24');
		svg.setAttribute('class', 'icon');
		svg.setAttribute('aria-hidden', 'true');
		for (const d of ICONS[name]) {
			const path = document.createElementNS(SVG, 'path');
			path.setAttribute('d', d);
			svg.append(path);
		}
		return svg;
	}

	/** A button showing an icon, named for screen readers and tooltips. */
	function iconButton(name, label) {
		const button = el('button', 'icon-button');
		button.type = 'button';
		button.title = label;
		button.setAttribute('aria-label', label);
		button.append(icon(name));
		return button;
	}

	async function api(method, path, body, headers = {}) {
		const init = { method, headers: { 'X-Simulator': '1', ...headers } };
		if (body instanceof Blob) init.body = body;
		else if (body !== undefined) {
			init.body = JSON.stringify(body);
			init.headers['content-type'] = 'application/json';
		}
		const response = await fetch(`/sim/api${path}`, init);
		const text = await response.text();
		const data = text ? JSON.parse(text) : {};
		if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
		return data;
	}

	function showPageError(message) {
		const box = $('page-error');
		box.textContent = message;
		box.hidden = !message;
	}

	// ---------------------------------------------------------------- providers bar

	function renderProviders() {
		const bar = $('providers');
		bar.replaceChildren();
		for (const [provider, info] of Object.entries(pageState.providers)) {
			const card = el('div', `provider provider--${provider}`);
			card.append(el('strong', 'provider__name', PROVIDER_LABELS[provider]));
			const base = el('span', 'provider__base');
			base.append('n8n credential Base URL ', el('code', '', info.baseUrl));
			card.append(base);
			const hooks = el('span', 'provider__hooks');
			if (info.webhooks.length === 0) hooks.append(el('em', 'provider__warn', 'no n8n webhook configured'));
			for (const hook of info.webhooks) {
				const item = el('span', 'provider__hook');
				item.append('→ ', el('code', '', hook.url));
				if (hook.registered) item.append(el('span', 'tag', 'registered by n8n'));
				if (!hook.signed) item.append(el('span', 'tag tag--warn', 'unsigned'));
				hooks.append(item);
			}
			card.append(hooks);
			if (provider === 'cloud') {
				const verify = el('button', 'link-button', 'verify webhook');
				verify.type = 'button';
				verify.title = "Send Meta's subscription check (hub.challenge) to n8n";
				const result = el('span', 'provider__result');
				verify.addEventListener('click', async () => {
					result.textContent = 'checking…';
					try {
						const outcome = await api('POST', '/cloud/verify');
						result.textContent = outcome.ok ? '✓ n8n answered the challenge' : `✗ ${outcome.status ?? ''} ${outcome.error ?? ''}`;
						result.className = `provider__result ${outcome.ok ? 'ok' : 'bad'}`;
					} catch (error) {
						result.textContent = `✗ ${error.message}`;
					}
				});
				card.append(verify, result);
			}
			bar.append(card);
		}
	}

	// ---------------------------------------------------------------- chat columns

	function chatPath(chat) {
		return `/chats/${encodeURIComponent(chat.id)}`;
	}

	function createColumn(chat) {
		const column = el('section', `chat chat--${chat.provider}`);
		column.dataset.chatId = chat.id;
		column.setAttribute('aria-label', `Chat ${chat.phone}`);

		const header = el('header', 'chat__header');
		const who = el('div', 'chat__who');
		const name = el('span', 'chat__name');
		const phone = el('span', 'chat__phone', `+${chat.phone}`);
		who.append(name, phone);
		const badge = el('span', `badge badge--${chat.provider}`, PROVIDER_LABELS[chat.provider]);
		const actions = el('div', 'chat__actions');
		if (chat.provider === 'cloud') {
			const expire = iconButton('clock', 'Let the 24-hour window lapse (only templates get through afterwards)');
			expire.addEventListener('click', () => act(chat, () => api('POST', `${chatPath(chat)}/expire-window`)));
			actions.append(expire);
		}
		const close = el('button', 'icon-button', '✕');
		close.type = 'button';
		close.title = 'Close this chat (forgets its messages)';
		close.setAttribute('aria-label', 'Close chat');
		close.addEventListener('click', () => act(chat, () => api('DELETE', chatPath(chat))));
		actions.append(close);
		header.append(badge, who, actions);

		const list = el('ol', 'chat__messages');
		list.setAttribute('aria-live', 'polite');
		const typing = el('div', 'chat__typing', 'typing…');
		typing.hidden = true;
		const error = el('p', 'chat__error');
		error.hidden = true;
		error.setAttribute('role', 'alert');

		const form = el('form', 'composer');
		form.autocomplete = 'off';
		const input = el('input', 'composer__input');
		input.name = 'text';
		input.placeholder = 'Message';
		input.setAttribute('aria-label', 'Message');
		const file = el('input');
		file.type = 'file';
		file.hidden = true;
		file.accept = 'image/*,audio/*,video/*,application/pdf,text/plain';
		const attach = iconButton('attach', 'Send an image, audio, video or document (the text box is its caption)');
		const voice = iconButton('mic', 'Send an audio file as a voice note');
		const send = el('button', 'composer__send', '➤');
		send.type = 'submit';
		send.setAttribute('aria-label', 'Send');
		form.append(attach, voice, input, send, file);

		let asVoice = false;
		attach.addEventListener('click', () => {
			asVoice = false;
			file.accept = 'image/*,audio/*,video/*,application/pdf,text/plain';
			file.click();
		});
		voice.addEventListener('click', () => {
			asVoice = true;
			file.accept = 'audio/*';
			file.click();
		});
		file.addEventListener('change', () => {
			const chosen = file.files && file.files[0];
			file.value = '';
			if (!chosen) return;
			if (chosen.size > pageState.maxUploadBytes) {
				showChatError(
					chat.id,
					`${chosen.name} is ${(chosen.size / 1048576).toFixed(1)} MB; WhatsApp takes at most ${pageState.maxUploadBytes / 1048576} MB`,
				);
				return;
			}
			const query = new URLSearchParams({ filename: chosen.name });
			if (input.value.trim()) query.set('caption', input.value);
			if (asVoice) query.set('voice', 'true');
			input.value = '';
			act(chat, () =>
				api('POST', `${chatPath(chat)}/media?${query}`, chosen, { 'content-type': chosen.type || 'application/octet-stream' }),
			);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const text = input.value;
			if (!text.trim()) return;
			input.value = '';
			act(chat, () => api('POST', `${chatPath(chat)}/text`, { text }));
		});

		column.append(header, list, typing, error, form);
		return { column, list, typing, error, name, input };
	}

	/** Runs a page action, showing its error in the chat's column. */
	async function act(chat, action) {
		showChatError(chat.id, '');
		try {
			await action();
		} catch (error) {
			showChatError(chat.id, error.message);
		}
	}

	function showChatError(chatId, message) {
		const entry = chats.get(chatId);
		if (!entry) return;
		entry.error.textContent = message;
		entry.error.hidden = !message;
	}

	function upsertChat(chat) {
		let entry = chats.get(chat.id);
		if (!entry) {
			entry = { chat, messages: new Map(), ...createColumn(chat) };
			chats.set(chat.id, entry);
			$('chats').append(entry.column);
		}
		entry.chat = chat;
		entry.name.textContent = chat.name;
		entry.typing.hidden = !chat.typing;
		if (chat.typing) scrollToEnd(entry, true);
		$('no-chats').hidden = chats.size > 0;
		return entry;
	}

	function removeChat(chatId) {
		const entry = chats.get(chatId);
		if (!entry) return;
		entry.column.remove();
		chats.delete(chatId);
		$('no-chats').hidden = chats.size > 0;
	}

	function scrollToEnd(entry, force) {
		const list = entry.list;
		const nearEnd = list.scrollHeight - list.scrollTop - list.clientHeight < 120;
		if (force || nearEnd) list.scrollTop = list.scrollHeight;
	}

	// ---------------------------------------------------------------- messages

	function upsertMessage(message) {
		const entry = chats.get(message.chatId);
		if (!entry) return;
		const previous = entry.messages.get(message.id);
		entry.messages.set(message.id, message);
		const item = renderMessage(entry, message);
		if (previous && previous.node && previous.node.isConnected) {
			previous.node.replaceWith(item);
		} else {
			// Keep the server's order even if events arrive out of order.
			const later = [...entry.list.children].find((node) => Number(node.dataset.seq) > message.seq);
			entry.list.insertBefore(item, later || null);
			scrollToEnd(entry, message.author === 'patient');
		}
		message.node = item;
	}

	function renderMessage(entry, message) {
		const item = el('li', `msg msg--${message.author}`);
		item.dataset.id = message.id;
		item.dataset.seq = String(message.seq);
		if (message.author === 'system') {
			item.append(el('span', 'msg__notice', message.text));
			return item;
		}
		const bubble = el('div', 'bubble');
		if (message.replyTo) {
			const quoted = entry.messages.get(message.replyTo);
			if (quoted) bubble.append(el('div', 'bubble__quote', quoted.text || `[${quoted.kind}]`));
		}
		if (message.choice)
			bubble.append(el('div', 'bubble__choice', message.choice.kind === 'number' ? 'menu option' : `${message.choice.kind} reply`));
		if (message.header) bubble.append(el('div', 'bubble__header', message.header));
		if (message.media) bubble.append(renderMedia(message));
		if (message.kind === 'template') bubble.append(renderTemplate(message));
		else if (message.kind === 'location' && message.location) bubble.append(renderLocation(message));
		else if (message.text) bubble.append(el('div', 'bubble__text', message.text));
		if (message.footer) bubble.append(el('div', 'bubble__footer', message.footer));
		bubble.append(renderMeta(message));
		const emojis = Object.values(message.reactions || {}).filter(Boolean);
		if (emojis.length) {
			bubble.append(el('span', 'bubble__reaction', emojis.join(' ')));
			item.classList.add('msg--reacted');
		}
		item.append(bubble);
		const chat = entry.chat;
		if (message.buttons) item.append(renderButtons(chat, message, message.buttons));
		if (message.list) item.append(renderList(chat, message));
		if (message.menu) item.append(renderButtons(chat, message, message.menu, true));
		if (message.author === 'patient' && message.deliveries) item.append(renderDeliveries(message));
		return item;
	}

	function mediaSource(media) {
		if (media.fileId) return `/sim/media/${encodeURIComponent(media.fileId)}`;
		return media.url && /^https?:\/\//i.test(media.url) ? media.url : '';
	}

	function renderMedia(message) {
		const media = message.media;
		const src = mediaSource(media);
		const box = el('div', 'bubble__media');
		const kind = message.kind;
		if (src && (kind === 'image' || kind === 'sticker' || (media.mimeType || '').startsWith('image/'))) {
			const image = el('img', kind === 'sticker' ? 'sticker' : 'image');
			image.src = src;
			image.alt = media.filename || kind;
			image.loading = 'lazy';
			box.append(image);
		} else if (src && (kind === 'audio' || kind === 'voice')) {
			if (kind === 'voice') {
				const label = el('span', 'bubble__label');
				label.append(icon('mic'), ' voice note');
				box.append(label);
			}
			const audio = el('audio');
			audio.controls = true;
			audio.preload = 'metadata';
			audio.src = src;
			box.append(audio);
		} else if (src && kind === 'video') {
			const video = el('video');
			video.controls = true;
			video.preload = 'metadata';
			video.src = src;
			box.append(video);
		} else {
			const name = media.filename || `${kind} (${media.mimeType})`;
			const fileLink = el(src ? 'a' : 'span', 'document');
			fileLink.append(icon('file'), ` ${name}`);
			if (src) {
				fileLink.href = src;
				fileLink.target = '_blank';
				fileLink.rel = 'noopener noreferrer';
				fileLink.download = media.filename || '';
			}
			box.append(fileLink);
		}
		return box;
	}

	function renderTemplate(message) {
		const box = el('div', 'template');
		const template = message.template;
		box.append(el('div', 'template__name', `Template ${template.name} · ${template.language}`));
		if (message.text) box.append(el('div', 'bubble__text', message.text));
		else if (template.parameters.length) {
			const params = el('ol', 'template__params');
			template.parameters.forEach((value, index) => {
				const row = el('li');
				row.append(el('code', '', `{{${index + 1}}}`), ` ${value}`);
				params.append(row);
			});
			box.append(params);
		}
		return box;
	}

	function renderLocation(message) {
		const { latitude, longitude, name, address } = message.location;
		const box = el('div', 'bubble__text');
		box.append(icon('pin'), ` ${[name, address].filter(Boolean).join(', ') || 'Location'} `);
		const link = el('a', '', `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`);
		link.href = `https://www.openstreetmap.org/?mlat=${encodeURIComponent(latitude)}&mlon=${encodeURIComponent(longitude)}`;
		link.target = '_blank';
		link.rel = 'noopener noreferrer';
		box.append(link);
		return box;
	}

	function renderMeta(message) {
		const meta = el('span', 'bubble__meta');
		const time = new Date(message.timestamp);
		meta.append(el('time', '', time.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })));
		if (message.author === 'patient' && message.status) {
			const tick = el('span', `tick tick--${message.status}`, TICKS[message.status]);
			tick.title = TICK_TITLES[message.status];
			tick.setAttribute('aria-label', TICK_TITLES[message.status]);
			meta.append(tick);
		}
		return meta;
	}

	/** Cloud reply buttons, or the options of a numbered text menu (which send their number). */
	function renderButtons(chat, message, options, numbered) {
		const row = el('div', `choices${numbered ? ' choices--numbered' : ''}`);
		for (const option of options) {
			const button = el('button', 'choice', numbered ? `${option.id}. ${option.title}` : option.title);
			button.type = 'button';
			if (numbered) button.title = `Answers "${option.id}"`;
			button.addEventListener('click', () => choose(chat, message, option.id));
			row.append(button);
		}
		return row;
	}

	function renderList(chat, message) {
		const details = el('details', 'list');
		const summary = el('summary', 'choice');
		summary.append(icon('list'), ` ${message.list.button}`);
		details.append(summary);
		for (const section of message.list.sections) {
			const group = el('div', 'list__section');
			if (section.title) group.append(el('div', 'list__title', section.title));
			for (const row of section.rows) {
				const button = el('button', 'list__row');
				button.type = 'button';
				button.append(el('span', 'list__row-title', row.title));
				if (row.description) button.append(el('span', 'list__row-description', row.description));
				button.addEventListener('click', () => {
					details.open = false;
					choose(chat, message, row.id);
				});
				group.append(button);
			}
			details.append(group);
		}
		return details;
	}

	function choose(chat, message, option) {
		act(chat, () => api('POST', `${chatPath(chat)}/choose`, { option, messageId: message.id }));
	}

	function renderDeliveries(message) {
		const box = el('div', 'deliveries');
		for (const delivery of message.deliveries) {
			const line = el('span', `delivery ${delivery.ok ? 'delivery--ok' : 'delivery--bad'}`);
			const status = delivery.status !== undefined ? `n8n ${delivery.status}` : 'n8n unreachable';
			line.textContent = delivery.ok ? status : `${status}${delivery.error ? `: ${delivery.error}` : ''}`;
			if (delivery.url) line.title = delivery.url;
			box.append(line);
		}
		return box;
	}

	// ---------------------------------------------------------------- live updates

	function loadState(state) {
		pageState = state;
		renderProviders();
		for (const chatId of [...chats.keys()]) removeChat(chatId);
		for (const snapshot of state.chats) {
			upsertChat(snapshot.chat);
			for (const message of snapshot.messages) upsertMessage(message);
			const entry = chats.get(snapshot.chat.id);
			if (entry) scrollToEnd(entry, true);
		}
		$('no-chats').hidden = chats.size > 0;
	}

	function connect() {
		const status = $('connection');
		const events = new EventSource('/sim/events');
		events.addEventListener('open', () => {
			status.textContent = 'live';
			status.className = 'connection connection--live';
		});
		events.addEventListener('error', () => {
			// EventSource reconnects by itself; the server resends the whole state.
			status.textContent = 'reconnecting…';
			status.className = 'connection connection--lost';
		});
		events.addEventListener('state', (event) => loadState(JSON.parse(event.data)));
		events.addEventListener('chat', (event) => upsertChat(JSON.parse(event.data).chat));
		events.addEventListener('message', (event) => upsertMessage(JSON.parse(event.data).message));
		events.addEventListener('removed', (event) => removeChat(JSON.parse(event.data).chatId));
	}

	$('new-chat').addEventListener('submit', async (event) => {
		event.preventDefault();
		const form = event.currentTarget;
		const data = new FormData(form);
		showPageError('');
		try {
			const { chat } = await api('POST', '/chats', { provider: data.get('provider'), phone: data.get('phone'), name: data.get('name') });
			form.elements.phone.value = '';
			form.elements.name.value = '';
			const entry = upsertChat(chat);
			entry.input.focus();
			entry.column.scrollIntoView({ behavior: 'smooth', inline: 'end', block: 'nearest' });
		} catch (error) {
			showPageError(error.message);
		}
	});

	connect();
})();
