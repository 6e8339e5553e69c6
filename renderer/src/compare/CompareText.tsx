import type { Piece } from './highlight';

/** Passage text with its highlights; imported text is rendered as text, never as HTML. */
export function CompareText({ pieces, activePhrase }: { pieces: Piece[]; activePhrase: number | null }) {
  return (
    <>
      {pieces.map((piece, i) => {
        if (piece.kind === 'delete') return <del key={i}>{piece.text}</del>;
        if (piece.kind === 'insert') return <ins key={i}>{piece.text}</ins>;
        if (piece.kind === 'term')
          return (
            <mark key={i} className="term">
              {piece.text}
            </mark>
          );
        if (piece.kind === 'phrase') {
          return (
            <mark key={i} className={piece.phrase === activePhrase ? 'shared active' : 'shared'} data-phrase={piece.phrase}>
              {piece.text}
            </mark>
          );
        }
        return <span key={i}>{piece.text}</span>;
      })}
    </>
  );
}
