import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { registerAttributesInput } from './AttributesInput';
import { FormHelpersPanel } from './FormHelpers';
import { registerHideUnreadableFields } from './hide-unreadable-fields';
import { installContactPickerScope } from './contact-picker';
import { registerLineHeadings } from './line-headings';
import { CARD_LIST_PANELS } from './RelatedListPanels';
import { TimelinePanel } from './TimelinePanel';
import { BalancePanel } from './BalancePanel';
import { ReportsPanel } from './ReportsPanel';

export { cardMessages } from './messages';

/**
 * The counterparty card and the forms around it (issue 9 items 5-6, issue 10 item 1): attributes as
 * labelled fields, the chronicle timeline and the invoice, request and contract panels beside the form,
 * no locked inputs for fields a person may not read, and the form rules on the panel's side.
 * Called from app.tsx bootstrap.
 */
export function registerCounterpartyCard(app: any): void {
  const apis = app.getPlugin('content-manager')?.apis as { addEditViewSidePanel?: (panels: PanelComponent[]) => void } | undefined;
  apis?.addEditViewSidePanel?.([TimelinePanel, BalancePanel, ...CARD_LIST_PANELS, ReportsPanel, FormHelpersPanel]);
  registerAttributesInput(app);
  registerHideUnreadableFields(app);
  installContactPickerScope();
  registerLineHeadings(app);
}
