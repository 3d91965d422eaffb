import { NodeOperationError } from 'n8n-workflow';
import type { MediaKind, MediaSource } from '../../providers';
import type { SendOperation } from '../common';
import { publicUrlProblem } from '../../../shared/publicUrl';
import { collectionOf, optionalString, showFor } from '../common';

export const sendMedia: SendOperation = {
	option: { name: 'Send Media', action: 'Send an image document audio voice note or video' },
	description: [
		{
			displayName: 'Media Type',
			name: 'mediaKind',
			type: 'options',
			options: [
				{ name: 'Audio', value: 'audio' },
				{ name: 'Document', value: 'document' },
				{ name: 'Image', value: 'image' },
				{ name: 'Video', value: 'video' },
				{ name: 'Voice Note', value: 'voice', description: 'Shown as a recorded voice message (OGG/Opus)' },
			],
			default: 'image',
			displayOptions: showFor('sendMedia'),
		},
		{
			displayName: 'Source',
			name: 'mediaSource',
			type: 'options',
			options: [
				{ name: 'URL', value: 'url', description: 'A public URL the provider downloads' },
				{ name: 'Binary Data', value: 'binary', description: 'A file in this item' },
			],
			default: 'url',
			displayOptions: showFor('sendMedia'),
		},
		{
			displayName: 'Media URL',
			name: 'mediaUrl',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { operation: ['sendMedia'], mediaSource: ['url'] } },
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryProperty',
			type: 'string',
			default: 'data',
			required: true,
			displayOptions: { show: { operation: ['sendMedia'], mediaSource: ['binary'] } },
		},
		{ displayName: 'Caption', name: 'caption', type: 'string', default: '', displayOptions: showFor('sendMedia') },
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			displayOptions: showFor('sendMedia'),
			description: 'Shown for documents; guessed from the URL when empty',
		},
	],
	async execute(itemIndex, provider, context, to) {
		const sourceKind = this.getNodeParameter('mediaSource', itemIndex) as string;
		let source: MediaSource;
		let mimetype: string | undefined;
		let filename = optionalString(this.getNodeParameter('fileName', itemIndex, ''));
		if (sourceKind === 'binary') {
			const property = this.getNodeParameter('binaryProperty', itemIndex) as string;
			const binary = this.getInputData()[itemIndex].binary?.[property];
			if (!binary) throw new NodeOperationError(this.getNode(), `This item has no binary field "${property}"`, { itemIndex });
			source = { data: await this.helpers.getBinaryDataBuffer(itemIndex, property) };
			mimetype = binary.mimeType;
			filename ??= binary.fileName;
		} else {
			const url = this.getNodeParameter('mediaUrl', itemIndex) as string;
			if (collectionOf(this, 'options', itemIndex).allowPrivateMediaUrls !== true) {
				const problem = await publicUrlProblem(url);
				if (problem) {
					throw new NodeOperationError(this.getNode(), `Media URL ${problem}; the provider would fetch it from inside your network`, {
						itemIndex,
						description: 'Use a public URL, send the file as binary data, or turn on the option Allow Private Media URLs.',
					});
				}
			}
			source = { url };
		}
		return await provider.sendMedia(
			{
				to,
				kind: this.getNodeParameter('mediaKind', itemIndex) as MediaKind,
				source,
				mimetype,
				filename,
				caption: optionalString(this.getNodeParameter('caption', itemIndex, '')),
			},
			context,
		);
	},
};
