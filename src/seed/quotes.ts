export { locateQuote, type QuoteLocation } from '../domain/quotes';
