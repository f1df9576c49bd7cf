/**
 * Keeps the rendered-page cache true to the database: the one place that knows what each
 * change evicts, on this instance and, on PostgreSQL, on every other instance.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.pagecache;
