package app.takeaways.post;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders the {@code post/show} page (the post's own, the
 * editor's preview), so that advice which fills in parts of that page (the comment form)
 * can name its targets by type rather than by package name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ShowsPostPage {

}
