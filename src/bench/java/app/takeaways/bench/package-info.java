/**
 * The benchmark data generator: many posts and comments written through the published
 * commands. Compiled only in the Maven profile {@code bench} ({@code bench/run.sh}), so
 * it never ships.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.bench;
