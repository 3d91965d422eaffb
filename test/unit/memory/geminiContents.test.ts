import { toGeminiContents } from '../../../nodes/ConversationMemory/geminiContents';
import type { Turn, TurnRole } from '../../../nodes/ConversationMemory/turns';

const turn = (role: TurnRole, text: string): Turn => ({ role, text, at: '2025-03-01T12:00:00.000Z' });

describe('toGeminiContents', () => {
	it('maps user to user and assistant to model, oldest first', () => {
		const history = toGeminiContents([turn('user', 'Oi'), turn('assistant', 'Olá! Como posso ajudar?'), turn('user', 'Quero marcar')]);
		expect(history).toEqual({
			contents: [
				{ role: 'user', parts: [{ text: 'Oi' }] },
				{ role: 'model', parts: [{ text: 'Olá! Como posso ajudar?' }] },
				{ role: 'user', parts: [{ text: 'Quero marcar' }] },
			],
			systemNotes: [],
		});
	});

	it('takes system turns out of the chat and returns them as notes', () => {
		const history = toGeminiContents([
			turn('user', 'Quero falar com alguém'),
			turn('system', 'Handed off to Ana'),
			turn('assistant', 'A Ana vai te atender.'),
		]);
		expect(history.systemNotes).toEqual(['Handed off to Ana']);
		expect(history.contents.map((c) => c.role)).toEqual(['user', 'model']);
	});

	it('joins consecutive turns of one role into one message, also across a system turn', () => {
		const history = toGeminiContents([
			turn('user', 'Oi'),
			turn('user', 'tudo bem?'),
			turn('system', 'note'),
			turn('user', 'queria um horário'),
			turn('assistant', 'Claro.'),
			turn('assistant', 'Qual dia?'),
		]);
		expect(history.contents).toEqual([
			{ role: 'user', parts: [{ text: 'Oi\ntudo bem?\nqueria um horário' }] },
			{ role: 'model', parts: [{ text: 'Claro.\nQual dia?' }] },
		]);
	});

	it('drops model turns before the first user turn (a trimmed window can start mid-reply)', () => {
		const history = toGeminiContents([turn('assistant', 'Lembrete: consulta amanhã'), turn('assistant', 'Confirma?'), turn('user', 'Sim')]);
		expect(history.contents).toEqual([{ role: 'user', parts: [{ text: 'Sim' }] }]);
	});

	it('skips empty and blank turns, which Gemini would reject', () => {
		const history = toGeminiContents([turn('user', '  '), turn('assistant', ''), turn('user', 'Oi'), turn('assistant', ' \n')]);
		expect(history.contents).toEqual([{ role: 'user', parts: [{ text: 'Oi' }] }]);
	});

	it('gives no contents for no turns or only model and system turns', () => {
		expect(toGeminiContents([])).toEqual({ contents: [], systemNotes: [] });
		expect(toGeminiContents([turn('assistant', 'Oi'), turn('system', 'n')]).contents).toEqual([]);
	});
});
