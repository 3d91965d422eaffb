// Input the buffer refuses. The node shell turns it into a NodeOperationError with the item
// index; Redis failures pass through unchanged.

export class BufferInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BufferInputError';
	}
}
