import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the chart types we draw, so the bundle carries a fraction of ECharts.
echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, TitleComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One ECharts chart that follows its container's size. `label` is what a screen reader hears
 * instead of the canvas: the page writes the figures into it.
 */
export function EChart({ option, label, className = 'chart', onClickName }: { option: ChartOption; label: string; className?: string; onClickName?(name: string, dataIndex: number): void }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClickName) return;
    const handler = (params: { name?: string; dataIndex?: number }) => onClickName(params.name ?? '', params.dataIndex ?? 0);
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClickName]);

  // The label sits on a wrapper: ECharts writes its own aria-label onto the element it draws in.
  return (
    <div role="img" aria-label={label}>
      <div ref={element} className={className} aria-hidden="true" />
    </div>
  );
}
