import type { CSSProperties, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import classes from './plain-table.module.css';

// The dashboard's first screen draws its tables with these instead of Mantine's Table: that module statically
// brings ScrollArea and the floating-UI code with it (≈ 20 kB gzip), which pushed the dashboard's initial load over
// its 200 kB budget. Same markup semantics (table, th scope, captions by aria-labelledby), a few lines of CSS.

type Align = 'left' | 'center' | 'right';

type TableProps = {
  children: ReactNode;
  verticalSpacing?: number;
  withTableBorder?: boolean;
  withColumnBorders?: boolean;
  ta?: Align;
  'aria-labelledby'?: string;
};

function PlainTable({ children, verticalSpacing, withTableBorder, withColumnBorders, ta, ...rest }: TableProps) {
  const className = [classes.table, withTableBorder && classes.bordered, withColumnBorders && classes.columnBorders]
    .filter(Boolean)
    .join(' ');
  const style = { textAlign: ta, '--plain-table-spacing': verticalSpacing ? `${verticalSpacing}px` : undefined } as CSSProperties;
  return (
    <table className={className} style={style} {...rest}>
      {children}
    </table>
  );
}

function ScrollContainer({ children, minWidth }: { children: ReactNode; minWidth: number }) {
  return (
    <div className={classes.scroll}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}

type CellAlign = { ta?: Align };

function Th({ ta, style, ...rest }: ThHTMLAttributes<HTMLTableCellElement> & CellAlign) {
  return <th style={{ textAlign: ta, ...style }} {...rest} />;
}

function Td({ ta, style, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & CellAlign) {
  return <td style={{ textAlign: ta, ...style }} {...rest} />;
}

export const Table = Object.assign(PlainTable, {
  ScrollContainer,
  Thead: (props: { children: ReactNode }) => <thead {...props} />,
  Tbody: (props: { children: ReactNode }) => <tbody {...props} />,
  Tr: (props: { children: ReactNode }) => <tr {...props} />,
  Th,
  Td,
});
