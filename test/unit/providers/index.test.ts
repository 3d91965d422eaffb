import { PROVIDERS } from '../../../nodes/shared/message';
import { getProvider, isProvider } from '../../../nodes/WhatsAppAiTrigger/providers';

describe('provider registry', () => {
	it.each(PROVIDERS)('%s resolves to an adapter of that name', (name) => {
		const provider = getProvider(name);
		expect(provider.name).toBe(name);
		expect(typeof provider.verify).toBe('function');
		expect(typeof provider.parse).toBe('function');
	});

	it('unknown names are refused with the list of valid ones', () => {
		expect(() => getProvider('twilio')).toThrow('unknown provider "twilio"; expected one of waha, cloud, evolution');
		expect(() => getProvider('toString')).toThrow('unknown provider');
		expect(isProvider('cloud')).toBe(true);
		expect(isProvider('Cloud')).toBe(false);
		expect(isProvider(undefined)).toBe(false);
	});
});
