/** The document in the reader, its speakers and its notes, asked again exactly when they change. */
import { annotationsKey, documentKey, speakersKey } from '../app/requests';
import { useAppState } from '../app/store';
import { api } from '../shared/api';
import { useRequest } from '../shared/useRequest';

export function useReaderData(id: number | null) {
  const docKey = useAppState((s) => (id === null ? null : documentKey(id, s)));
  const whoKey = useAppState((s) => (id === null ? null : speakersKey(id, s)));
  const notesKey = useAppState((s) => (id === null ? null : annotationsKey(id, s)));
  const doc = useRequest(docKey, () => api().getDocument(id as number));
  const speakers = useRequest(whoKey, () => api().documentSpeakers(id as number));
  const annotations = useRequest(notesKey, () => api().listAnnotations(id as number));
  return { doc, speakers: speakers.data ?? [], annotations: annotations.data ?? [] };
}
