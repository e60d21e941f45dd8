// Showing or hiding the trainer's layer (annotations that came with a course pack) everywhere in this
// window, without touching the annotation feature: a style sheet that unmarks those annotations.
import { api } from '../api/client';

const STYLE_ID = 'trainer-layer-hidden';

export async function setTrainerLayerHidden(hidden: boolean): Promise<number> {
  document.getElementById(STYLE_ID)?.remove();
  if (!hidden) return 0;
  const layer = await api.listTrainerAnnotations({});
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = layer
    .map((e) => `mark[data-annotation="${CSS.escape(e.uuid)}"]`)
    .join(',\n')
    .concat(layer.length > 0 ? ' { background: none !important; text-decoration: none !important; box-shadow: none !important; }' : '');
  document.head.append(style);
  return layer.length;
}
