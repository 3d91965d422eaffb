// Buttons, lists and templates for the providers without native interactive messages (WAHA and
// Evolution API on Baileys): buttons and lists become a numbered text menu sent with the
// provider's own sendText; templates, a Cloud API concept, are refused with the reason.
import type { Provider } from '../../shared/message';
import { sendNumberedMenu } from './common';
import { providerLabel, unsupportedOperation } from './errors';
import { buttonsMenu, listMenu } from './menu';
import type { OutboundProvider, SendButtonsRequest, SendContext, SendListRequest, SendResult, SendTextRequest } from './types';
import { validateButtons, validateList } from './validate';

type TextMenuOperations = Pick<OutboundProvider, 'sendButtons' | 'sendList' | 'sendTemplate'>;

export function textMenuOperations(
	provider: Provider,
	sendText: (request: SendTextRequest, context: SendContext) => Promise<SendResult>,
): TextMenuOperations {
	return {
		async sendButtons(request: SendButtonsRequest, context: SendContext): Promise<SendResult> {
			validateButtons(provider, request);
			return await sendNumberedMenu(provider, 'sendButtons', buttonsMenu(request), request, context, sendText);
		},
		async sendList(request: SendListRequest, context: SendContext): Promise<SendResult> {
			validateList(provider, request);
			return await sendNumberedMenu(provider, 'sendList', listMenu(request), request, context, sendText);
		},
		async sendTemplate(): Promise<SendResult> {
			throw unsupportedOperation(
				provider,
				'message templates',
				`templates exist only on the WhatsApp Cloud API; ${providerLabel(provider)} sends free-form text at any time, so send text instead`,
			);
		},
	};
}
