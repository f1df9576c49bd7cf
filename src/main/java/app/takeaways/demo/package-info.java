/**
 * Demo content loaded into an empty database on first start.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.demo;
