/**
 * The rendered-bytes cache of anonymous readers' pages, feeds and JSON (filled from
 * handlers marked {@code common.CachedPage}, kept in every encoding), and the one place
 * that knows what each change evicts, on this instance and, on PostgreSQL, on every other
 * instance. Knows posts only by the ids the change events carry.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.pagecache;
