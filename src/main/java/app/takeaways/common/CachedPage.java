package app.takeaways.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose successful answer is the same for every anonymous reader,
 * so the rendered-page cache ({@code pagecache}) may keep its bytes until a change event
 * says otherwise. Here, in {@code common}, because the features that render pages and the
 * cache that listens to their events cannot depend on each other both ways.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedPage {

	/**
	 * What the answer shows, and so which change events evict it.
	 */
	Shows value();

	/**
	 * For {@link Shows#POST}: the path variable that holds the post's address.
	 */
	String slug() default "slug";

	/**
	 * Query parameters the answer depends on, besides a list's {@code page}: a request
	 * that sends any other parameter is rendered and not kept (so made-up parameters
	 * cannot fill the cache with copies of one page).
	 */
	String[] params() default {};

	enum Shows {

		/**
		 * One post (its page, takeaways, comments feed or JSON): kept until that post or
		 * its comments change.
		 */
		POST,

		/**
		 * A list of posts (home, tags, archive, feeds, the JSON list): kept until any
		 * post a list may show changes, a comment count changes, or a scheduled post
		 * comes out.
		 */
		LIST

	}

}
