// The trainee's side of the room door (electron/server/room): the presented stop, its events, a handout of one's notes.
import type { ExportFile } from '../../../electron/shared/annotation-types';
import type { RoomState } from '../../../electron/shared/training-types';
import type { MyNote } from './my-notes';

const CODE_KEY = 'policy-reader-room-code';
export const CODE_HEADER = 'x-room-code';

export class RoomError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const savedCode = {
  get: (): string | null => sessionStorage.getItem(CODE_KEY),
  set: (code: string) => sessionStorage.setItem(CODE_KEY, code),
};

async function unwrap<T>(response: Response): Promise<T> {
  if (response.status === 429) throw new RoomError(429, '请求过于频繁，请稍候再试');
  const body = (await response.json()) as { ok: boolean; result?: T; error?: { messageZh: string } };
  if (!body.ok) throw new RoomError(response.status, body.error?.messageZh ?? '出错了');
  return body.result as T;
}

export async function fetchRoomState(code: string): Promise<RoomState> {
  return unwrap<RoomState>(await fetch('/room/api/state', { headers: { [CODE_HEADER]: code } }));
}

export async function fetchNotesHandout(code: string, myNotes: MyNote[]): Promise<ExportFile> {
  const body = JSON.stringify({ myNotes: myNotes.map(({ position, quote, note }) => ({ position, quote, note })) });
  return unwrap<ExportFile>(await fetch('/room/api/notes', { method: 'POST', headers: { [CODE_HEADER]: code, 'content-type': 'application/json' }, body }));
}

/** Called on every step of the presenter (Server-Sent Events; EventSource cannot send headers, so the code rides in the query). */
export function onRoomStep(code: string, listener: () => void): () => void {
  const source = new EventSource(`/room/api/events?code=${encodeURIComponent(code)}`);
  source.onmessage = () => listener();
  return () => source.close();
}
