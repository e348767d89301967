/**
 * "Search places": a combobox with a list popup (WAI-ARIA 1.2 combobox pattern, list
 * autocomplete with automatic selection: the first option is active as you type, so Enter
 * opens the best match). The matching itself is src/data/search.ts; this only draws.
 */
import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchPlaces, type SearchIndex, type SearchResult } from '../data/search';

interface SearchBoxProps {
  /** The index, built on first use (a focus or a keystroke): the first view of the map does not wait for it. */
  index: () => SearchIndex;
  onSelect: (placeId: string) => void;
  /** Options shown at most. */
  limit?: number;
}

function SearchBox({ index, onSelect, limit = 8 }: SearchBoxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(
    () => (query.trim() === '' ? [] : searchPlaces(index(), query, limit)),
    [index, query, limit],
  );
  const expanded = open && results.length > 0;
  const activeIndex = Math.min(active, results.length - 1);

  function choose(result: SearchResult) {
    setQuery(result.name);
    setOpen(false);
    onSelect(result.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (results.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!open) {
          setOpen(true);
          setActive(step === 1 ? 0 : results.length - 1);
        } else {
          setActive((activeIndex + step + results.length) % results.length);
        }
        break;
      }
      case 'Enter':
        if (expanded && activeIndex >= 0) {
          event.preventDefault();
          choose(results[activeIndex]);
        }
        break;
      case 'Escape':
        // Only swallow the key when it did something here; otherwise it may close the details panel.
        if (expanded) {
          setOpen(false);
        } else if (query !== '') {
          setQuery('');
        } else {
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        break;
    }
  }

  const status =
    query.trim() === '' ? '' : results.length === 0 ? `No place matches “${query.trim()}”` : open ? placesFound(results.length) : '';

  return (
    <div className="search">
      <label className="search__label" htmlFor={inputId}>
        Search places
      </label>
      <input
        id={inputId}
        className="search__input"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder="Search places: Kupiansk, Купянск, Kiev…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          index();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} className="search__list" role="listbox" aria-label="Places" hidden={!expanded}>
        {results.map((result, i) => (
          <li
            key={result.id}
            id={optionId(i)}
            className={`search__option${i === activeIndex ? ' search__option--active' : ''}`}
            role="option"
            aria-selected={i === activeIndex}
            // Keep focus in the input, so the click lands before the blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => i !== activeIndex && setActive(i)}
            onClick={() => choose(result)}
          >
            <span className="search__name">{result.name}</span>
            {result.matched !== result.name && (
              <>
                {' '}
                <span className="search__matched">matched: {result.matched}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="search__status" role="status">
        {status}
      </p>
    </div>
  );
}

function placesFound(n: number): string {
  return `${n} ${n === 1 ? 'place' : 'places'} found`;
}

/** Drawn again only when its props change (opening a place leaves it alone). */
export default memo(SearchBox);
