import { Card, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { PlatformRef } from '@/api-client';
import { usedByListPath } from '@/features/vendors/utils/used-by';

type PlatformGraphProps = {
  vendorId: number;
  name: string;
  platforms: PlatformRef[];
  /** The first users by name; {@link usedByCount} says how many there are in all. */
  usedBy: PlatformRef[];
  usedByCount: number;
};

const WIDTH = 560;
const ROW = 34;
const NODE_W = 170;
const NODE_H = 26;
/** Users drawn at most: a platform can have thousands; the rest are one "more" node linking to the full list. */
const USERS_DRAWN = 12;

function truncate(text: string, max = 22) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The vendor in the middle, the platforms it runs on (its fourth parties) on the left and the vendors that run on
 * it on the right. Plain SVG: a graph this small needs no library. Each node is a keyboard-reachable link.
 */
export function PlatformGraph({ vendorId, name, platforms, usedBy, usedByCount }: PlatformGraphProps) {
  const navigate = useNavigate();
  // With more users than fit, the last row is a "more" node instead of a user.
  const drawnUsers = usedByCount <= USERS_DRAWN ? usedBy : usedBy.slice(0, USERS_DRAWN - 1);
  const hiddenUsers = usedByCount - drawnUsers.length;
  const userRows = drawnUsers.length + (hiddenUsers > 0 ? 1 : 0);
  const rows = Math.max(1, platforms.length, userRows);
  const height = rows * ROW + 16;
  const centreY = height / 2;
  const yOf = (i: number, n: number) => height / 2 + (i - (n - 1) / 2) * ROW;

  const node = (key: string, text: string, href: string, label: string, x: number, y: number, side: 'left' | 'right') => (
    <g key={key}>
      <line
        x1={side === 'left' ? x + NODE_W : x}
        y1={y}
        x2={side === 'left' ? WIDTH / 2 - NODE_W / 2 : WIDTH / 2 + NODE_W / 2}
        y2={centreY}
        stroke="#868e96"
        strokeWidth={1.5}
      />
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault();
          navigate(href);
        }}
        aria-label={label}
      >
        <rect x={x} y={y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={6} fill="#edf2ff" stroke="#4263eb" />
        <text x={x + NODE_W / 2} y={y + 4} textAnchor="middle" fontSize={12} fill="#1a1b1e">
          {truncate(text)}
        </text>
      </a>
    </g>
  );
  const vendorNode = (ref: PlatformRef, x: number, y: number, side: 'left' | 'right') =>
    node(`${side}-${ref.id}`, ref.name, `/vendors/${ref.id}`,
      `${ref.name} (${side === 'left' ? 'platform this vendor runs on' : 'runs on this vendor'})`, x, y, side);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="platform-graph-title">
      <Title order={2} fz="lg" id="platform-graph-title">
        Supply chain
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Left: platforms it runs on (fourth parties). Right: vendors that run on it.
      </Text>
      {platforms.length === 0 && usedByCount === 0 ? (
        <Text size="sm" c="dimmed">
          No platforms or dependants recorded.
        </Text>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          style={{ maxWidth: WIDTH, display: 'block' }}
          role="group"
          aria-label={`${name}: runs on ${platforms.length}, used by ${usedByCount}`}
        >
          {platforms.map((p, i) => vendorNode(p, 0, yOf(i, platforms.length), 'left'))}
          {drawnUsers.map((u, i) => vendorNode(u, WIDTH - NODE_W, yOf(i, userRows), 'right'))}
          {hiddenUsers > 0 &&
            node('right-more', `${hiddenUsers} more…`, usedByListPath(vendorId),
              `${hiddenUsers} more vendors run on this vendor: show all ${usedByCount}`, WIDTH - NODE_W,
              yOf(userRows - 1, userRows), 'right')}
          <rect x={WIDTH / 2 - NODE_W / 2} y={centreY - NODE_H / 2 - 2} width={NODE_W} height={NODE_H + 4} rx={6}
            fill="#364fc7" />
          <text x={WIDTH / 2} y={centreY + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#ffffff">
            {truncate(name)}
          </text>
        </svg>
      )}
    </Card>
  );
}
