import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { HttpCall } from './providers';

// The providers' injected HTTP, on n8n's own helper: it adds the credential's auth headers and
// n8n's proxy settings. Every status resolves; the providers classify 4xx/5xx themselves.
export function n8nHttpCall(context: IExecuteFunctions, credentialType: string): HttpCall {
	return async (request) => {
		const options: IHttpRequestOptions = {
			method: request.method,
			url: request.url,
			headers: request.headers,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			json: true,
			timeout: 30_000,
		};
		if (request.formData) {
			const form = new FormData();
			for (const [name, value] of Object.entries(request.formData)) {
				if (typeof value === 'string') form.append(name, value);
				else form.append(name, new Blob([value.data], { type: value.contentType }), value.filename);
			}
			options.body = form;
		} else if (request.body !== undefined) {
			options.body = request.body as IHttpRequestOptions['body'];
		}
		const response = (await context.helpers.httpRequestWithAuthentication.call(context, credentialType, options)) as {
			statusCode: number;
			headers: Record<string, string | string[] | undefined>;
			body: unknown;
		};
		return { status: response.statusCode, headers: response.headers ?? {}, body: response.body };
	};
}
