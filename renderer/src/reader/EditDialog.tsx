import { useState } from 'react';
import type { DocumentDetail, DocumentEdit } from '../../../shared/contract/api';
import { DateField } from '../shared/DateField';
import { Dialog } from '../shared/Dialog';

interface Props {
  doc: DocumentDetail;
  onSave(edit: DocumentEdit): void;
  onClose(): void;
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Edit title, date, place and tags; kept when the same document is imported again. */
export function EditDialog({ doc, onSave, onClose }: Props) {
  const [title, setTitle] = useState(doc.title);
  const [date, setDate] = useState(doc.date ?? '');
  const [place, setPlace] = useState(doc.place ?? '');
  const [topics, setTopics] = useState(doc.topics.join('\n'));
  const [persons, setPersons] = useState(doc.persons.join('\n'));
  const [geography, setGeography] = useState(doc.geography.join('\n'));
  return (
    <Dialog
      title="Edit document"
      onClose={onClose}
      onSubmit={() =>
        onSave({
          title,
          date: date || null,
          place: place.trim() || null,
          topics: lines(topics),
          persons: lines(persons),
          geography: lines(geography),
        })
      }
    >
      <label className="field">
        Title
        <input required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="field-row">
        <label className="field">
          Date
          <DateField label="Date" value={date || undefined} onChange={(next) => setDate(next ?? '')} />
        </label>
        <label className="field">
          Place
          <input value={place} onChange={(e) => setPlace(e.target.value)} />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          Topics (one a line)
          <textarea rows={4} value={topics} onChange={(e) => setTopics(e.target.value)} />
        </label>
        <label className="field">
          Persons (one a line)
          <textarea rows={4} value={persons} onChange={(e) => setPersons(e.target.value)} />
        </label>
        <label className="field">
          Geography (one a line)
          <textarea rows={4} value={geography} onChange={(e) => setGeography(e.target.value)} />
        </label>
      </div>
      <p className="hint">Your changes stay when this document is imported again.</p>
    </Dialog>
  );
}
