package app.takeaways.discovery;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Slice;

/**
 * What a search page shows: the text searched for, the results, or a message key saying
 * why the query was not run. Immutable, so one outcome may be cached and shown to many
 * readers.
 */
record SearchOutcome(String query, @Nullable String problem, Slice<SearchResult> results) {
}
