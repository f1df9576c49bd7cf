/**
 * Published posts: entities, queries and the public pages and API that show them.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.post;
