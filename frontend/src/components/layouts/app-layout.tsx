import { AppShell, Burger, Group, NavLink } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconBuildingStore,
  IconClipboardList,
  IconFileImport,
  IconGauge,
  IconKey,
  IconListCheck,
  IconListDetails,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useAuthorization, useToken } from '@/lib/auth';
import { Brand } from './brand';
import { UserMenu } from './user-menu';
import classes from './app-layout.module.css';

type NavItem = { label: string; to: string; icon: Icon; adminOnly?: boolean };

const navigation: NavItem[] = [
  { label: 'Dashboard', to: '/', icon: IconGauge },
  { label: 'Vendors', to: '/vendors', icon: IconBuildingStore },
  { label: 'Controls', to: '/controls', icon: IconListCheck },
  { label: 'Incidents', to: '/incidents', icon: IconAlertTriangle },
  { label: 'Assessments', to: '/assessments', icon: IconClipboardList },
  { label: 'Questionnaires', to: '/questionnaires', icon: IconListDetails },
  { label: 'Import', to: '/vendors/import', icon: IconFileImport },
  { label: 'Webhooks', to: '/webhooks', icon: IconWebhook, adminOnly: true },
  { label: 'API tokens', to: '/settings/api-tokens', icon: IconKey, adminOnly: true },
];

export function AppLayout() {
  const token = useToken();
  const { canManageApiTokens } = useAuthorization();
  const location = useLocation();
  const [navOpened, { toggle, close }] = useDisclosure();

  // On a phone the nav is an overlay; leaving it open after navigating would hide the page.
  useEffect(close, [location.pathname, close]);

  // The most specific entry wins: /vendors/import is Import, not Vendors.
  const activeTo = navigation
    .map((item) => item.to)
    .filter((to) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to)))
    .sort((a, b) => b.length - a.length)[0];

  if (!token) {
    const redirect = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?redirect=${redirect}`} replace />;
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className={classes.skipLink} href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
            />
            <Brand />
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        {/* Native overflow instead of Mantine's ScrollArea: the shell loads on every page, and ScrollArea's chunk
            (20 kB gzip) pushed the dashboard's first load over its 200 kB budget. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {navigation.filter((item) => !item.adminOnly || canManageApiTokens).map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              // '/' would otherwise count as current on every page.
              end={item.to === '/'}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
              active={item.to === activeTo}
              variant="light"
              fw={500}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
