package app.takeaways.discovery;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;

/**
 * What a search page shows: the text searched for, the results, or a message key saying
 * why the query was not run.
 */
record SearchOutcome(String query, @Nullable String problem, Page<SearchResult> results) {
}
