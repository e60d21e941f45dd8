import type { Block } from '../../../electron/shared/types';

interface Props {
  block: Block;
  onCopyCitation(): void;
  onCopyLink(): void;
}

/** Per-block actions, shown when the pointer or focus is on the block. */
export function BlockTools({ block, onCopyCitation, onCopyLink }: Props) {
  const what = block.kind === 'heading' ? '标题' : '段落';
  return (
    <span className="block-tools">
      <button type="button" className="tool-button" onClick={onCopyCitation} title={`复制此${what}及出处`} aria-label="复制引用">
        引用
      </button>
      <button type="button" className="tool-button" onClick={onCopyLink} title={`复制指向此${what}的链接`} aria-label="复制链接">
        链接
      </button>
    </span>
  );
}
