import { defineResource } from '../../../shared/operations';
import type { CartOperation } from '../common';
import { closeCart } from './closeCart.operation';
import { decideOffer } from './decideOffer.operation';
import { expireCarts } from './expireCarts.operation';
import { getOpenCart } from './getOpenCart.operation';
import { markContacted } from './markContacted.operation';
import { registerAbandonment } from './registerAbandonment.operation';

export type CartOperationName = 'registerAbandonment' | 'markContacted' | 'getOpenCart' | 'decideOffer' | 'closeCart' | 'expireCarts';

export const { operations: cartOperations, properties: cartProperties } = defineResource<CartOperationName, CartOperation>(
	'cart',
	{ registerAbandonment, markContacted, getOpenCart, decideOffer, closeCart, expireCarts },
	'registerAbandonment',
);
