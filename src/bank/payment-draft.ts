import type { PlannedPayment } from '../domain/bank/matching';
import type { PaymentDraft } from './payment-rows';

const idOrNull = (id: string | null) => (id === null ? null : Number(id));

/** A planned payment as the import writes it (PaymentWriter): its fields and the row ids it links to. */
export function paymentDraft({ transaction: t, dedupeKey, match }: PlannedPayment): PaymentDraft {
  return {
    fields: {
      date: t.valueDate ?? t.date,
      amount: t.amount,
      currency: t.currency,
      direction: t.direction,
      payerName: t.payer.name,
      payerCode: t.payer.code,
      payerIban: t.payer.account,
      payeeName: t.payee.name,
      payeeCode: t.payee.code,
      payeeIban: t.payee.account,
      purpose: t.purpose,
      bankDocNumber: t.number,
      bankDocDate: t.date,
      matchStatus: match.matchStatus,
      matchReason: match.reason.length > 255 ? `${match.reason.slice(0, 254)}…` : match.reason,
      dedupeKey,
    },
    counterpartyId: idOrNull(match.counterpartyId),
    invoiceId: idOrNull(match.invoiceId),
    contractId: idOrNull(match.contractId),
  };
}
