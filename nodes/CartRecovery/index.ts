// Cart Recovery: plain modules (no n8n import) for the node shell. Every operation takes the
// shared pg Pool and applies the migrations itself.
export * from './errors';
export * from './types';
export { CART_MIGRATIONS, ensureCartSchema } from './migrations';
export { DEFAULT_CURRENCY, DEFAULT_LOCALE, formatMoney, fromCents, requireCurrency, toCents } from './money';
export {
	CONTACT_CLAIM_MS,
	closeCart,
	expireStaleCarts,
	getCart,
	getOpenCart,
	markContacted,
	registerAbandonment,
	validateAbandonment,
	type CartRef,
	type CloseInput,
	type CloseResult,
	type RegisterInput,
	type RegisterResult,
} from './carts';
export {
	DEFAULT_MAX_DISCOUNT_OFFERS,
	DEFAULT_MAX_EXCHANGES,
	chooseOffer,
	decideOffer,
	type DecideInput,
	type OfferChoice,
	type OfferDecision,
	type OfferReason,
	type OfferRules,
	type OfferState,
} from './offer';
export { detectPriceObjection, type PriceObjection } from './priceObjection';
export { recordPayment, type PaymentInput, type PaymentResult } from './payments';
export { cartStats, DEFAULT_STATS_DAYS, periodOf, type CartStats, type MoneyTotal, type StatsInput } from './stats';
export { escapeHtml, renderDashboard, type DashboardInput, type DashboardLanguage } from './dashboard';
