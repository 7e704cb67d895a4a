import * as React from 'react';
import { Mail } from '@strapi/icons';
import { useAuth } from '@strapi/strapi/admin';
import { styled } from 'styled-components';
import { currentCounts, subscribeCounter } from './counter-store';

const Holder = styled.span`
  position: relative;
  display: inline-block;
  line-height: 0;
`;

/** The number in the corner of the menu's "Вхідні" icon, like Strapi's own menu badges. */
const Count = styled.span`
  position: absolute;
  top: -0.9rem;
  left: 1.1rem;
  min-width: 1.8rem;
  height: 1.8rem;
  padding: 0 0.4rem;
  border-radius: 0.9rem;
  background: ${({ theme }) => theme.colors.danger600};
  color: ${({ theme }) => theme.colors.neutral0};
  font-size: 1.1rem;
  font-weight: 600;
  line-height: 1.8rem;
  text-align: center;
`;

/** 1–99 as they are; more reads "99+" so the badge stays the width of the icon. */
export const badgeText = (unread: number) => (unread > 99 ? '99+' : String(unread));

/**
 * The menu entry's icon with the count of unread requests and notifications. It is the icon, not a badge
 * option of the link: Strapi fixes a menu link's badge when the menu is built.
 */
export function InboxMenuIcon(props: React.SVGProps<SVGSVGElement>) {
  const userId = useAuth('InboxMenuIcon', (state) => state.user?.id ?? null);
  const subscribe = React.useCallback((listener: () => void) => subscribeCounter(userId, listener), [userId]);
  const counts = React.useSyncExternalStore(subscribe, currentCounts);
  const unread = counts?.unread ?? 0;
  return (
    <Holder>
      <Mail {...(props as any)} />
      {unread > 0 ? <Count data-testid="inbox-unread-badge">{badgeText(unread)}</Count> : null}
    </Holder>
  );
}
