// The WebGL view of the network (sigma.js v3 over a graphology graph), loaded with a dynamic import so that
// neither library weighs on other pages. Hover names a node, click selects it (and dims the rest); labels and
// the hover box follow the DSFR theme. Without WebGL the page says so and the table stands in.
import { fr } from '@codegouvfr/react-dsfr';
import type { Attributes } from 'graphology-types';
import { useEffect, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import { useT } from '../../../../app/i18n/lang.ts';
import { graphMessages } from '../messages.ts';

export interface CanvasNode {
  id: number;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface CanvasEdge {
  source: number;
  target: number;
  size: number;
}

interface SigmaCanvasProps {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
  /** The selected node: it and its neighbours stay bright, the rest is dimmed. */
  selectedId: number | null;
  onHover: (id: number | null) => void;
  onSelect: (id: number | null) => void;
}

interface Theme {
  text: string;
  background: string;
  border: string;
  dimmed: string;
}

const edgeColour = 'rgba(128, 128, 128, 0.35)';
const labelFont = 'Marianne, arial, sans-serif';

/** The DSFR's current colours (its tokens switch with `data-fr-theme`): a canvas cannot read CSS variables. */
function readTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: token('--text-default-grey', '#3a3a3a'),
    background: token('--background-default-grey', '#ffffff'),
    border: token('--border-default-grey', '#dddddd'),
    dimmed: token('--background-contrast-grey', '#eeeeee'),
  };
}

function hoverDrawer(theme: Theme): NodeHoverDrawingFunction<Attributes, Attributes, Attributes> {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const x = data.x + data.size + 3;
    context.fillStyle = theme.background;
    context.strokeStyle = theme.border;
    context.lineWidth = 1;
    context.beginPath();
    context.rect(x - 3, data.y - size / 2 - 4, width + 6, size + 8);
    context.fill();
    context.stroke();
    context.fillStyle = theme.text;
    context.fillText(data.label, x, data.y + size / 3);
  };
}

export function SigmaCanvas({ nodes, edges, selectedId, onHover, onSelect }: SigmaCanvasProps) {
  const t = useT(graphMessages);
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const selected = useRef(selectedId);
  const callbacks = useRef({ onHover, onSelect });
  callbacks.current = { onHover, onSelect };
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    let instance: Sigma | null = null;
    let observer: MutationObserver | null = null;
    setState('loading');
    (async () => {
      try {
        const [{ default: SigmaRenderer }, { default: Graph }] = await Promise.all([
          import('sigma'),
          import('graphology'),
        ]);
        const element = container.current;
        if (cancelled || !element) return;
        const graph = new Graph({ type: 'directed', allowSelfLoops: false });
        for (const node of nodes) {
          graph.addNode(String(node.id), {
            x: node.x,
            y: node.y,
            size: node.size,
            color: node.color,
            label: node.label,
          });
        }
        for (const edge of edges) {
          const source = String(edge.source);
          const target = String(edge.target);
          if (source !== target && graph.hasNode(source) && graph.hasNode(target)) {
            graph.mergeEdge(source, target, { size: edge.size });
          }
        }
        let theme = readTheme();
        const focus = () => (selected.current === null ? null : String(selected.current));
        instance = new SigmaRenderer(graph, element, {
          allowInvalidContainer: true,
          defaultEdgeType: 'arrow',
          defaultEdgeColor: edgeColour,
          labelFont,
          labelColor: { color: theme.text },
          labelRenderedSizeThreshold: 7,
          zIndex: true,
          defaultDrawNodeHover: hoverDrawer(theme),
          nodeReducer: (node, data) => {
            const centre = focus();
            if (centre === null || node === centre || graph.areNeighbors(node, centre)) {
              return node === centre ? { ...data, highlighted: true, zIndex: 2 } : data;
            }
            return { ...data, color: theme.dimmed, label: '', zIndex: 0 };
          },
          edgeReducer: (edge, data) => {
            const centre = focus();
            if (centre === null || graph.hasExtremity(edge, centre)) return data;
            return { ...data, hidden: true };
          },
        });
        instance.on('enterNode', ({ node }) => callbacks.current.onHover(Number(node)));
        instance.on('leaveNode', () => callbacks.current.onHover(null));
        instance.on('clickNode', ({ node }) => callbacks.current.onSelect(Number(node)));
        instance.on('clickStage', () => callbacks.current.onSelect(null));
        // The reader may switch between the light and dark themes while the view is open.
        observer = new MutationObserver(() => {
          theme = readTheme();
          instance?.setSetting('labelColor', { color: theme.text });
          instance?.setSetting('defaultDrawNodeHover', hoverDrawer(theme));
        });
        observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-fr-theme'] });
        renderer.current = instance;
        setState('ready');
      } catch (error) {
        // WebGL unavailable (old browser, disabled GPU): the table below carries the same information.
        console.warn('[graph] the sigma.js view could not start:', error);
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      observer?.disconnect();
      instance?.kill();
      renderer.current = null;
    };
  }, [nodes, edges]);

  useEffect(() => {
    selected.current = selectedId;
    renderer.current?.refresh({ skipIndexation: true });
  }, [selectedId]);

  return (
    <div className={fr.cx('fr-mb-2w')}>
      <p id="graph-canvas-help" className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {t.canvasHelp}
      </p>
      {state === 'loading' && <p className={fr.cx('fr-text--sm')}>{t.canvasLoading}</p>}
      {state === 'failed' && (
        <p className={fr.cx('fr-text--sm')} role="status">
          {t.canvasFailed}
        </p>
      )}
      <div
        ref={container}
        role="img"
        aria-label={t.canvasLabel}
        aria-describedby="graph-canvas-help"
        data-testid="graph-canvas"
        style={{
          height: state === 'failed' ? 0 : 'min(70vh, 640px)',
          width: '100%',
          border: state === 'failed' ? 'none' : '1px solid var(--border-default-grey)',
          background: 'var(--background-default-grey)',
        }}
      />
    </div>
  );
}
