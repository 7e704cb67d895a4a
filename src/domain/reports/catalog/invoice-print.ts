import { amountInWords } from '../../format/amount-in-words';
import { formatLocalDate } from '../../format';
import { formatKopecks, formatQuantity, toKopecks, toThousandths } from '../../money';
import type { ColumnDefinition, ReportDefinition, ReportRow } from '../definition';
import { textColumn } from './common';

/** The supplier's requisites: the company running Vitrylo (config/company.ts). */
export interface CompanyRequisites {
  name?: string | null;
  code?: string | null;
  vatNumber?: string | null;
  iban?: string | null;
  bank?: string | null;
  address?: string | null;
  phone?: string | null;
}

export interface AddressSource {
  postalCode?: string | null;
  city?: string | null;
  street?: string | null;
  building?: string | null;
  office?: string | null;
}

/** An invoice as the database gives it, with its buyer, contract and lines. */
export interface InvoiceSource {
  number: string | null;
  date: string | null;
  dueDate: string | null;
  currency: string | null;
  totalNet: string | number | null;
  totalVat: string | number | null;
  total: string | number | null;
  author: string | null;
  buyer: { name?: string | null; fullName?: string | null; edrpou?: string | null; rnokpp?: string | null; address?: AddressSource | null } | null;
  contract: { number?: string | null; date?: string | null } | null;
  lines: ReadonlyArray<{
    product?: { name?: string | null; code?: string | null } | null;
    description?: string | null;
    unit?: string | null;
    quantity: string | number | null;
    price: string | number | null;
    vatRate?: number | null;
    net?: string | number | null;
    vat?: string | number | null;
    total?: string | number | null;
  }>;
}

const caption = (uk: string, en: string) => ({ uk, en });
/** Figures as exact decimal strings whichever database gave them (SQLite answers numbers, PostgreSQL strings). */
const money = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? null : formatKopecks(toKopecks(value, 'amount')));
const quantity = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? null : formatQuantity(toThousandths(value, 'quantity')));
const detail = (field: string, uk: string, en: string, type: ColumnDefinition['type'] = 'text'): ColumnDefinition => ({ field, caption: caption(uk, en), type });

/**
 * «Рахунок на оплату»: one invoice as it is printed and sent to the buyer — the supplier's requisites, the
 * buyer's, the lines with VAT, the totals and the amount in words. Printed from the company's own template
 * when one is uploaded, else from the built-in one (invoice-print-template.ts).
 */
export const invoicePrintReport = {
  key: 'invoice-print',
  title: caption('Рахунок на оплату', 'Invoice for payment'),
  section: 'documents',
  parameters: [{ key: 'invoice', kind: 'invoice', caption: caption('Рахунок', 'Invoice'), required: true }],
  details: [
    detail('number', 'Номер рахунку', 'Invoice number'),
    detail('date', 'Дата рахунку', 'Invoice date', 'date'),
    detail('dueDate', 'Сплатити до', 'Due date', 'date'),
    detail('supplier', 'Постачальник', 'Supplier'),
    detail('supplierCode', 'Код ЄДРПОУ постачальника', 'Supplier code'),
    detail('supplierVatNumber', 'ІПН постачальника', 'Supplier VAT number'),
    detail('supplierIban', 'IBAN постачальника', 'Supplier IBAN'),
    detail('supplierBank', 'Банк постачальника', 'Supplier bank'),
    detail('supplierAddress', 'Адреса постачальника', 'Supplier address'),
    detail('supplierPhone', 'Телефон постачальника', 'Supplier phone'),
    detail('buyer', 'Покупець', 'Buyer'),
    detail('buyerCode', 'Код покупця', 'Buyer code'),
    detail('buyerAddress', 'Адреса покупця', 'Buyer address'),
    detail('contract', 'Договір', 'Contract'),
    detail('currency', 'Валюта', 'Currency'),
    detail('totalNet', 'Разом без ПДВ', 'Total net', 'money'),
    detail('totalVat', 'ПДВ', 'VAT', 'money'),
    detail('total', 'Усього з ПДВ', 'Total incl. VAT', 'money'),
    detail('amountInWords', 'Сума прописом', 'Amount in words'),
    detail('author', 'Виписав', 'Issued by'),
  ],
  sheets: [
    {
      name: caption('Рахунок', 'Invoice'),
      columns: [
        { field: 'position', caption: caption('№', 'No.'), type: 'integer', width: 5 },
        textColumn('product', caption('Товар (послуга)', 'Goods (service)'), 44),
        textColumn('unit', caption('Од.', 'Unit'), 7),
        { field: 'quantity', caption: caption('Кількість', 'Quantity'), type: 'decimal', decimals: 3, width: 11 },
        { field: 'price', caption: caption('Ціна без ПДВ', 'Price net'), type: 'money', width: 13 },
        { field: 'net', caption: caption('Сума без ПДВ', 'Amount net'), type: 'money', total: 'sum', width: 14 },
        { field: 'vatRate', caption: caption('ПДВ, %', 'VAT, %'), type: 'integer', width: 7 },
        { field: 'vat', caption: caption('ПДВ', 'VAT'), type: 'money', total: 'sum', width: 12 },
        { field: 'total', caption: caption('Сума з ПДВ', 'Amount incl. VAT'), type: 'money', total: 'sum', width: 14 },
      ],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** «03113, м. Київ, вул. Дегтярівська, 25, оф. 412» */
export function addressText(address: AddressSource | null | undefined): string | null {
  if (!address) return null;
  const city = address.city ? `м. ${address.city.replace(/^м\.\s*/, '')}` : null;
  const building = [address.street, address.building].filter(Boolean).join(', ');
  const office = address.office ? `оф. ${address.office}` : null;
  const parts = [address.postalCode, city, building, office].filter((part) => part && String(part).trim() !== '');
  return parts.length ? parts.join(', ') : null;
}

/** The print form's details and lines from an invoice and the supplier's requisites. */
export function invoicePrintData(invoice: InvoiceSource, company: CompanyRequisites): { details: ReportRow; lines: ReportRow[] } {
  const currency = invoice.currency || 'UAH';
  const contract = invoice.contract?.number
    ? `№ ${invoice.contract.number}${invoice.contract.date ? ` від ${formatLocalDate(invoice.contract.date)}` : ''}`
    : null;
  const details: ReportRow = {
    number: invoice.number,
    date: invoice.date,
    dueDate: invoice.dueDate,
    supplier: company.name || null,
    supplierCode: company.code || null,
    supplierVatNumber: company.vatNumber || null,
    supplierIban: company.iban || null,
    supplierBank: company.bank || null,
    supplierAddress: company.address || null,
    supplierPhone: company.phone || null,
    buyer: invoice.buyer?.fullName || invoice.buyer?.name || null,
    buyerCode: invoice.buyer?.edrpou || invoice.buyer?.rnokpp || null,
    buyerAddress: addressText(invoice.buyer?.address),
    contract,
    currency,
    totalNet: money(invoice.totalNet),
    totalVat: money(invoice.totalVat),
    total: money(invoice.total),
    amountInWords: invoice.total === null || invoice.total === undefined ? null : amountInWords(invoice.total, currency),
    author: invoice.author,
  };
  const lines = invoice.lines.map((line, index) => ({
    position: index + 1,
    product: line.product?.name || line.description || null,
    unit: line.unit || null,
    quantity: quantity(line.quantity),
    price: money(line.price),
    net: money(line.net),
    vatRate: line.vatRate ?? null,
    vat: money(line.vat),
    total: money(line.total),
  }));
  return { details, lines };
}
