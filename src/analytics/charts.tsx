import type { Cell } from './suppression.ts';

/**
 * Server-rendered bar charts as accessible SVG: a title and a description the screen reader reads, and
 * the same figures in a table beside the chart (the chart is a picture of the table, never the only
 * place a figure is). Hidden cells draw no bar.
 */
export interface Bar {
  label: string;
  cell: Cell;
}

const WIDTH = 640;
const LABEL_WIDTH = 220;
const ROW = 30;

export function BarChart(props: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  hiddenText: string;
}) {
  const max = Math.max(1, ...props.bars.map((b) => (b.cell.shown ? b.cell.count : 0)));
  const height = props.bars.length * ROW + 10;
  const scale = (WIDTH - LABEL_WIDTH - 60) / max;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.bars.map((bar, i) => {
        const y = i * ROW + 5;
        const label = bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label;
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - 8} y={y + 19} text-anchor="end" class="chart__label">
              {label}
            </text>
            {bar.cell.shown ? (
              <>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 4}
                  width={Math.max(bar.cell.count * scale, bar.cell.count > 0 ? 2 : 0)}
                  height={ROW - 10}
                  class="chart__bar"
                />
                <text x={LABEL_WIDTH + bar.cell.count * scale + 6} y={y + 19} class="chart__value">
                  {bar.cell.count}
                </text>
              </>
            ) : (
              <text x={LABEL_WIDTH + 6} y={y + 19} class="chart__hidden">
                {props.hiddenText}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
