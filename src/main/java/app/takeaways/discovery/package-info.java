/**
 * How readers find posts: tag and archive pages, search, Atom and RSS feeds, the sitemap
 * and robots.txt. Nothing depends on it.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.discovery;
