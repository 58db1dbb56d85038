import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'wouter';
import classes from './sidebar-link.module.css';

export interface SidebarLinkProps {
  href: string;
  label: string;
  icon?: ReactNode;
  /** Drawn as the open page or view. */
  active: boolean;
  /** `page` on the link of the page itself; a saved view is styled as open without it. */
  current?: 'page';
  onClick?: () => void;
  style?: CSSProperties;
}

/** One entry of the sidebar (app-layout.tsx, saved views). */
export function SidebarLink({ href, label, icon, active, current, onClick, style }: SidebarLinkProps) {
  return (
    <Link
      href={href}
      className={classes.link}
      data-active={active || undefined}
      aria-current={current}
      onClick={onClick}
      style={style}
    >
      {icon && <span className={classes.icon}>{icon}</span>}
      <span className={classes.label}>{label}</span>
    </Link>
  );
}
